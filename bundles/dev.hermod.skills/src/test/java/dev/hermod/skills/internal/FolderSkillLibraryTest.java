package dev.hermod.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.skill.Skill;
import dev.hermod.api.skill.SkillSource;

class FolderSkillLibraryTest {

    @TempDir
    Path temp;
    Path user;
    Path bundled;
    Path external;
    FolderSkillLibrary library;

    @BeforeEach
    void setUp() {
        user = temp.resolve("home/skills");
        bundled = temp.resolve("dist/skills");
        external = temp.resolve("team/skills");
    }

    @AfterEach
    void tearDown() {
        if (library != null) {
            library.deactivate();
        }
    }

    private FolderSkillLibrary open(boolean watch) {
        library = new FolderSkillLibrary(TestSkillsConfig.defaults(), new SkillRoots(user, bundled, List.of(external)),
                watch);
        return library;
    }

    private String descriptionOf(String name) {
        return library.get(name).map(Skill::description).orElse("<none>");
    }

    @Test
    void userBeatsBundledBeatsExternalBeatsSources() throws IOException {
        Fixtures.simple(user, "a", "a", "user a");
        Fixtures.simple(bundled, "a", "a", "bundled a");
        Fixtures.simple(bundled, "b", "b", "bundled b");
        Fixtures.simple(external, "b", "b", "external b");
        Fixtures.simple(external, "c", "c", "external c");
        open(false);
        library.addSource(source("hub", skill("c", "source c"), skill("d", "source d")));
        assertEquals("user a", descriptionOf("a"));
        assertEquals("bundled b", descriptionOf("b"));
        assertEquals("external c", descriptionOf("c"));
        assertEquals("source d", descriptionOf("d"));
        assertEquals(List.of("a", "b", "c", "d"), library.list().stream().map(Skill::name).toList());
        assertEquals(List.of(), library.problems(), "shadowing across sources is intended, not a problem");
    }

    @Test
    void agentSkillNeverShadowsBundledOrUserSkills() throws IOException {
        Fixtures.simple(bundled, "deploy", "deploy", "bundled deploy");
        Fixtures.skill(user, "agent/deploy", Fixtures.simple("deploy", "agent deploy", "provenance: agent\n"));
        Fixtures.skill(user, "agent/fresh", Fixtures.simple("fresh", "agent fresh", "provenance: agent\n"));
        open(false);
        assertEquals("bundled deploy", descriptionOf("deploy"));
        assertEquals(Skill.Provenance.AGENT, library.get("fresh").orElseThrow().provenance());
        SkillProblem problem = library.problems().get(0);
        assertTrue(problem.location().endsWith("agent/deploy/SKILL.md"), problem.location());
        assertTrue(problem.reason().contains("would shadow the bundled skill"), problem.reason());
    }

    @Test
    void duplicateNamesInOneFolderAreReported() throws IOException {
        Fixtures.simple(user, "x/same", "same", "first");
        Fixtures.simple(user, "y/same", "same", "second");
        open(false);
        assertEquals("first", descriptionOf("same"));
        assertTrue(library.problems().get(0).reason().startsWith("duplicate skill name 'same'"));
    }

    @Test
    void sourcesComeAndGoAndFailuresAreContained() throws IOException {
        open(false);
        SkillSource source = source("extra", skill("from-source", "offered"));
        library.addSource(source);
        assertEquals(Optional.of("offered"), library.get("from-source").map(Skill::description));
        library.removeSource(source);
        assertEquals(Optional.empty(), library.get("from-source"));
        library.addSource(new SkillSource() {
            public String id() { return "broken"; }
            public List<Skill> skills() { throw new IllegalStateException("hub offline"); }
        });
        assertTrue(library.problems().get(0).toString().contains("source broken: the skill source failed"));
    }

    @Test
    void supportingFilesAreReadButTraversalIsRefused() throws IOException {
        Path skill = Fixtures.simple(user, "tools/lint", "lint", "Lint things.").getParent();
        Files.createDirectories(skill.resolve("references"));
        Files.writeString(skill.resolve("references/rules.md"), "# Rules");
        Files.writeString(temp.resolve("secret.txt"), "top secret");
        Files.createSymbolicLink(skill.resolve("references/escape.md"), temp.resolve("secret.txt"));
        open(false);
        assertEquals("# Rules", library.readFile("lint", "references/rules.md"));
        assertTrue(library.readFile("lint", "SKILL.md").startsWith("---\nname: lint"));
        for (String bad : List.of("../../../secret.txt", "references/../../../../secret.txt", temp.resolve("secret.txt").toString(),
                "references/escape.md")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> library.readFile("lint", bad));
            assertTrue(e.getMessage().startsWith("refused"), bad + ": " + e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> library.readFile("lint", "references/none.md"));
        assertThrows(IllegalArgumentException.class, () -> library.readFile("nope", "SKILL.md"));
    }

    @Test
    void watcherPicksUpNewEditedAndDeletedSkills() throws IOException {
        Fixtures.simple(user, "base", "base", "present from the start");
        open(true);
        assertEquals(List.of("base"), library.list().stream().map(Skill::name).toList());
        Path added = Fixtures.simple(user, "ops/new-one", "new-one", "added later");
        Fixtures.await("the new skill", Duration.ofSeconds(10), () -> library.get("new-one").isPresent());
        Files.writeString(added, Fixtures.simple("new-one", "edited text", ""));
        Fixtures.await("the edit", Duration.ofSeconds(10), () -> descriptionOf("new-one").equals("edited text"));
        Files.delete(added);
        Fixtures.await("the removal", Duration.ofSeconds(10), () -> library.get("new-one").isEmpty());
    }

    @Test
    void bundledFolderOfTheDistributionLoads() {
        bundled = Path.of("../../skills");
        open(false);
        assertEquals(3, library.list().size());
        assertTrue(library.list().stream().allMatch(s -> s.provenance() == Skill.Provenance.BUNDLED));
        assertEquals(List.of(), library.problems());
    }

    static Skill skill(String name, String description) {
        return new Skill(name, description, "", "", List.of(), Skill.Provenance.HUB, "body", null, null, null);
    }

    static SkillSource source(String id, Skill... skills) {
        return new SkillSource() {
            public String id() { return id; }
            public List<Skill> skills() { return List.of(skills); }
        };
    }
}
