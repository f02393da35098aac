package dev.hermod.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.skill.Skill;

class SkillParsingTest {

    static final String HERMES_STYLE = """
            ---
            name: compose-stack-debug
            description: Diagnose a docker compose stack whose containers exit or never become healthy.
            version: 2.1.0
            license: MIT
            platforms: [linux, macos]
            prerequisites:
              commands: [docker]
              env_vars: [DOCKER_HOST]
            triggers:
              - docker compose
              - container unhealthy
            metadata:
              hermes:
                tags: [docker, containers, compose]
                related_skills: [systemd-service-debug]
            ---

            # Compose stack debugging

            1. Run `docker compose ps`.
            2. Read the logs of the first container that exited.
            """;

    @TempDir
    Path root;

    @Test
    void hermesStyleSkillInNestedCategoryIsParsed() throws IOException {
        Path file = Fixtures.skill(root, "devops/containers/compose-stack-debug", HERMES_STYLE);
        SkillFolderScanner.Result result = SkillFolderScanner.scan(root, Origin.USER_DIR);
        assertEquals(List.of(), result.problems());
        Skill skill = result.candidates().get(0).skill();
        assertEquals("compose-stack-debug", skill.name());
        assertTrue(skill.description().startsWith("Diagnose a docker compose stack"));
        assertEquals("devops/containers", skill.category());
        assertEquals("2.1.0", skill.version());
        assertEquals(List.of("docker compose", "container unhealthy"), skill.triggers());
        assertEquals(List.of("docker", "containers", "compose"), SkillParser.tags(skill));
        assertEquals(List.of("linux", "macos"), skill.frontMatter().get("platforms"));
        assertEquals(Map.of("commands", List.of("docker"), "env_vars", List.of("DOCKER_HOST")),
                skill.frontMatter().get("prerequisites"));
        assertEquals(Skill.Provenance.USER, skill.provenance());
        assertTrue(skill.body().startsWith("# Compose stack debugging"), skill.body());
        assertFalse(skill.body().contains("name:"));
        assertEquals(file.getParent(), skill.directory());
        assertEquals(file.toString(), result.candidates().get(0).location());
    }

    /** As Hermes writes them: no Hermod additions (no triggers, no provenance), supporting files beside. */
    static final String HERMES_PLAIN = """
            ---
            name: arxiv-weekly-digest
            description: Collect the week's new papers on a topic from arXiv and write a short digest with links.
            version: 1.0.0
            author: a person
            license: MIT
            metadata:
              hermes:
                tags: [research, papers, digest]
                related_skills: [research-paper-digest]
            ---

            # Weekly arXiv digest

            ## When to use
            Someone wants to keep up with a field without reading every abstract.

            ## Procedure
            1. Query the listing with `scripts/fetch.sh <category>`.
            2. Keep the papers that match the topic; see `references/format.md` for the digest layout.
            """;

    /** As OpenClaw writes them: metadata as one line of JSON under its own key, a homepage. */
    static final String OPENCLAW_STYLE = """
            ---
            name: invoice-totals
            description: Add up the totals of a folder of JSON invoices with jq and report them per customer.
            homepage: https://example.org/invoice-totals
            metadata: {"openclaw": {"emoji": "🧾", "requires": {"bins": ["jq"]}}}
            ---

            # Invoice totals

            Run `jq -s 'group_by(.customer) | map({customer: .[0].customer, total: map(.total) | add})' *.json`.
            """;

    @Test
    void hermesAndOpenClawSkillsLoadUnchangedAndMatchOnWhatTheySay() throws IOException {
        Path hermes = Fixtures.skill(root, "research/arxiv-weekly-digest", HERMES_PLAIN);
        Files.createDirectories(hermes.resolveSibling("scripts"));
        Files.writeString(hermes.resolveSibling("scripts/fetch.sh"), "#!/bin/sh\necho \"$1\"\n");
        Files.createDirectories(hermes.resolveSibling("references"));
        Files.writeString(hermes.resolveSibling("references/format.md"), "# Digest format\n\nTitle, link, one line.\n");
        Fixtures.skill(root, "finance/invoice-totals", OPENCLAW_STYLE);

        SkillFolderScanner.Result result = SkillFolderScanner.scan(root, Origin.USER_DIR);

        assertEquals(List.of(), result.problems());
        Map<String, Skill> byName = new java.util.HashMap<>();
        result.candidates().forEach(c -> byName.put(c.skill().name(), c.skill()));
        Skill digest = byName.get("arxiv-weekly-digest");
        assertEquals(List.of(), digest.triggers());
        assertEquals(Skill.Provenance.USER, digest.provenance());
        assertEquals(List.of("research", "papers", "digest"), SkillParser.tags(digest));
        assertEquals(List.of("references/format.md", "scripts/fetch.sh"), digest.files().stream().sorted().toList());
        Skill invoices = byName.get("invoice-totals");
        assertEquals(Map.of("openclaw", Map.of("emoji", "🧾", "requires", Map.of("bins", List.of("jq")))),
                invoices.frontMatter().get("metadata"));
        assertEquals("https://example.org/invoice-totals", invoices.frontMatter().get("homepage"));

        FtsSkillMatcher matcher = new FtsSkillMatcher();
        try {
            List<Skill> skills = List.copyOf(byName.values());
            assertEquals("arxiv-weekly-digest", matcher.rank("write me a digest of this week's arxiv papers on RL", skills)
                    .get(0).name());
            assertEquals("invoice-totals", matcher.rank("total the invoices per customer", skills).get(0).name());
        } finally {
            matcher.close();
        }
    }

    @Test
    void skillWithoutCategoryAndSupportingFilesAreListed() throws IOException {
        Path file = Fixtures.simple(root, "release-notes", "release-notes", "Write release notes from merged changes.");
        Path folder = file.getParent();
        for (String f : List.of("references/style.md", "templates/notes.md", "scripts/collect.sh", "assets/logo.png",
                "references/.hidden", "notes/private.md")) {
            Files.createDirectories(folder.resolve(f).getParent());
            Files.writeString(folder.resolve(f), "x");
        }
        Skill skill = SkillFolderScanner.scan(root, Origin.USER_DIR).candidates().get(0).skill();
        assertEquals("", skill.category());
        assertEquals(List.of("references/style.md", "templates/notes.md", "scripts/collect.sh", "assets/logo.png"),
                skill.files());
    }

    @Test
    void invalidSkillsAreSkippedWithFileAndReason() throws IOException {
        Fixtures.skill(root, "a/no-front-matter", "# Just markdown\n");
        Fixtures.skill(root, "a/bad-yaml", "---\nname: bad-yaml\ndescription: [unclosed\n---\nbody\n");
        Fixtures.skill(root, "a/no-name", "---\ndescription: Something.\n---\nbody\n");
        Fixtures.skill(root, "a/no-description", "---\nname: no-description\n---\nbody\n");
        Fixtures.skill(root, "a/bad-name", Fixtures.simple("Bad_Name", "Something.", ""));
        Fixtures.skill(root, "a/unclosed", "---\nname: unclosed\ndescription: x\n");
        Fixtures.skill(root, "a/duplicate-key", "---\nname: a\nname: b\ndescription: x\n---\n");
        Fixtures.skill(root, "a/list", "---\n- name\n- description\n---\n");
        Fixtures.simple(root, "a/good", "good", "A good one.");
        SkillFolderScanner.Result result = SkillFolderScanner.scan(root, Origin.USER_DIR);
        assertEquals(List.of("good"), result.candidates().stream().map(c -> c.skill().name()).toList());
        Map<String, String> reasons = new java.util.TreeMap<>();
        result.problems().forEach(p -> reasons.put(Path.of(p.location()).getParent().getFileName().toString(), p.reason()));
        assertTrue(reasons.get("no-front-matter").startsWith("no front matter"));
        assertTrue(reasons.get("bad-yaml").startsWith("front matter is not valid YAML"));
        assertEquals("front matter has no 'name'", reasons.get("no-name"));
        assertTrue(reasons.get("no-description").startsWith("front matter has no 'description'"));
        assertTrue(reasons.get("bad-name").startsWith("name 'Bad_Name' is invalid"));
        assertTrue(reasons.get("unclosed").startsWith("front matter is not closed"));
        assertTrue(reasons.get("duplicate-key").contains("not valid YAML"), reasons.get("duplicate-key"));
        assertTrue(reasons.get("list").contains("mapping"));
        assertEquals(8, result.problems().size());
    }

    @Test
    void yamlCannotConstructJavaObjects() throws IOException {
        Fixtures.skill(root, "evil", "---\nname: evil\ndescription: !!java.io.File [\"/etc/passwd\"]\n---\n");
        SkillFolderScanner.Result result = SkillFolderScanner.scan(root, Origin.USER_DIR);
        assertTrue(result.candidates().isEmpty());
        assertTrue(result.problems().get(0).reason().contains("not valid YAML"), result.problems().toString());
    }

    @Test
    void agentProvenanceComesFromFrontMatterButNotInTheBundledFolder() throws IOException {
        Fixtures.skill(root, "mine", Fixtures.simple("mine", "Agent-written.", "provenance: agent\n"));
        assertEquals(Skill.Provenance.AGENT, SkillFolderScanner.scan(root, Origin.USER_DIR).candidates().get(0)
                .skill().provenance());
        assertEquals(Skill.Provenance.BUNDLED, SkillFolderScanner.scan(root, Origin.BUNDLED_DIR).candidates().get(0)
                .skill().provenance());
    }

    @Test
    void nullValuesAndDatesAreSanitised() throws IOException {
        Fixtures.skill(root, "dated", Fixtures.simple("dated", "Has a date.", "license:\ncreated: 2024-05-01\n"));
        Skill skill = SkillFolderScanner.scan(root, Origin.USER_DIR).candidates().get(0).skill();
        assertNull(skill.frontMatter().get("license"));
        assertEquals("2024-05-01T00:00:00Z", skill.frontMatter().get("created"));
    }

    @Test
    void theDistributionsOwnSkillsParse() {
        Path bundled = Path.of("../../skills");
        SkillFolderScanner.Result result = SkillFolderScanner.scan(bundled, Origin.BUNDLED_DIR);
        assertEquals(List.of(), result.problems());
        Map<String, Skill> byName = new java.util.TreeMap<>();
        result.candidates().forEach(c -> byName.put(c.skill().name(), c.skill()));
        assertEquals(List.of("git-bisect-regression", "summarise-long-document", "systemd-service-debug"),
                List.copyOf(byName.keySet()));
        Skill bisect = byName.get("git-bisect-regression");
        assertEquals("software-development", bisect.category());
        assertEquals(List.of("scripts/probe-template.sh"), bisect.files());
        for (Skill skill : byName.values()) {
            assertEquals("MIT", skill.frontMatter().get("license"), skill.name());
            assertFalse(skill.triggers().isEmpty(), skill.name());
            assertFalse(SkillParser.tags(skill).isEmpty(), skill.name());
            assertTrue(skill.body().contains("## Verification"), skill.name());
            assertTrue(skill.body().contains("## Pitfalls"), skill.name());
            assertEquals(skill.name(), skill.directory().getFileName().toString());
        }
    }
}
