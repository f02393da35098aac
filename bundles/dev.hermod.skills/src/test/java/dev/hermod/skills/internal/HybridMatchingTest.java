package dev.hermod.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.skill.Skill;
import dev.hermod.api.skill.Skill.Provenance;

class HybridMatchingTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private final FtsSkillMatcher matcher = new FtsSkillMatcher();

    @AfterEach
    void tearDown() {
        matcher.close();
    }

    private static Skill skill(String name, String description, List<String> triggers) {
        return new Skill(name, description, "", "1.0.0", triggers, Provenance.USER, "Steps.", Map.of("name", name),
                null, List.of());
    }

    private static final List<Skill> LIBRARY = List.of(
            skill("restart-web-server", "Restart the nginx web server after a config change.", List.of("reload nginx")),
            skill("image-batch-resize", "Resize a folder of photos to a given width.", List.of("/\\bthumbnails?\\b/")),
            skill("invoice-export", "Export an invoice as PDF for the accounts team.", List.of()));

    private List<String> names(String task, List<Skill> skills) {
        return matcher.rank(task, skills).stream().map(Skill::name).toList();
    }

    private void ready(List<Skill> skills) {
        matcher.update(skills);
        Fixtures.await("the skill vectors", WAIT, () -> matcher.semanticReady(skills));
    }

    @Test
    void aParaphraseSharingNoWordMatchesOnceTheVectorsAreReady() {
        String task = "bounce the httpd daemon";
        assertEquals(List.of(), names(task, LIBRARY), "lexical alone finds nothing");
        matcher.useEmbeddings(new ConceptModel("concepts"));
        ready(LIBRARY);
        assertEquals("restart-web-server", names(task, LIBRARY).get(0));
        assertEquals("image-batch-resize", names("make the pictures smaller", LIBRARY).get(0));
    }

    @Test
    void anUnrelatedTaskStillMatchesNothing() {
        matcher.useEmbeddings(new ConceptModel("concepts"));
        ready(LIBRARY);
        assertEquals(List.of(), names("bake a chocolate cake", LIBRARY));
    }

    @Test
    void lexicalAndTriggerMatchesAreKeptInTheHybridRanking() {
        matcher.useEmbeddings(new ConceptModel("concepts"));
        ready(LIBRARY);
        assertEquals("invoice-export", names("export the invoice as pdf", LIBRARY).get(0));
        assertEquals("image-batch-resize", names("make thumbnails", LIBRARY).get(0));
    }

    @Test
    void aWordSharedByChanceIsVetoedByTheVectorsButAFiredPhraseTriggerIsNot() {
        List<Skill> pivot = List.of(skill("pivot-table-summary", "Summarise spreadsheet rows as a pivot.", List.of()));
        List<Skill> booking = List.of(skill("table-booking", "Reserve seats somewhere.", List.of("book a table")));
        String task = "book a table for dinner";
        assertEquals(List.of("pivot-table-summary"), names(task, pivot), "lexically, 'table' is in the name");
        matcher.useEmbeddings(new ConceptModel("concepts"));
        ready(pivot);
        assertEquals(List.of(), names(task, pivot), "the shared word alone is vetoed (cosine 0)");
        ready(booking);
        assertEquals(List.of("table-booking"), names(task, booking), "a fired phrase trigger is never vetoed");
    }

    @Test
    void oneSharedWordLowersTheSimilarityASkillNeedsToJoin() {
        List<Skill> library = List.of(skill("invoice-export", "Export an invoice as PDF for the accounts team.",
                List.of()));
        matcher.useEmbeddings(new ConceptModel("concepts"));
        ready(library);
        // six concepts, one of them the skill's: cosine 1/sqrt(6) = 0.41, between the two floors
        assertEquals(List.of(), names("bill ledger restart web photos resize cake", library));
        assertEquals(List.of("invoice-export"), names("bill accounts restart web photos resize cake", library),
                "'accounts' is in the description: weak lexical support plus a fair cosine");
    }

    @Test
    void matchingStaysLexicalUntilEverySkillIsEmbeddedAndTheOperatorIsToldWhichItIs() {
        assertEquals("full-text (FTS5); no embedding model installed", matcher.describe(LIBRARY));
        ConceptModel model = new ConceptModel("concepts").hold();
        matcher.useEmbeddings(model);
        matcher.update(LIBRARY);
        assertFalse(matcher.semanticReady(LIBRARY));
        assertEquals("full-text (FTS5) while concepts embeds the library in the background: 0 of 3 skills so far",
                matcher.describe(LIBRARY));
        assertEquals(List.of(), names("bounce the httpd daemon", LIBRARY), "lexical while embedding");
        assertEquals("restart-web-server", names("restart nginx", LIBRARY).get(0));
        model.release();
        ready(LIBRARY);
        assertEquals("restart-web-server", names("bounce the httpd daemon", LIBRARY).get(0));
        assertEquals("hybrid: FTS5 + concepts, all 3 skills embedded", matcher.describe(LIBRARY));
    }

    @Test
    void unbindingTheModelMakesMatchingLexicalAgainAtOnce() {
        ConceptModel model = new ConceptModel("concepts");
        matcher.useEmbeddings(model);
        ready(LIBRARY);
        matcher.dropEmbeddings(new ConceptModel("another"));
        assertTrue(matcher.semanticReady(LIBRARY), "another model's unbind changes nothing");
        matcher.dropEmbeddings(model);
        assertFalse(matcher.semanticReady(LIBRARY));
        assertEquals(List.of(), names("bounce the httpd daemon", LIBRARY));
    }

    @Test
    void aFailingModelLeavesMatchingLexical() {
        ConceptModel model = new ConceptModel("concepts");
        matcher.useEmbeddings(model);
        ready(LIBRARY);
        model.breakIt();
        assertEquals(List.of(), names("bounce the httpd daemon", LIBRARY));
        assertEquals("restart-web-server", names("restart nginx", LIBRARY).get(0));
    }

    @Test
    void onlyNewOrChangedSkillsAreEmbeddedAgain() {
        ConceptModel model = new ConceptModel("concepts");
        matcher.useEmbeddings(model);
        ready(LIBRARY);
        assertEquals(LIBRARY.size(), model.embedded.get());
        List<Skill> edited = new ArrayList<>(LIBRARY);
        edited.set(2, skill("invoice-export", "Export a bill as PDF.", List.of()));
        edited = List.copyOf(edited);
        ready(edited);
        assertEquals(LIBRARY.size() + 1, model.embedded.get());
    }

    @Test
    void theLibraryUsesABoundModelAndDropsIt(@TempDir Path home) throws Exception {
        Path bundled = home.resolve("bundled");
        Fixtures.simple(bundled, "restart-web-server", "restart-web-server", "Restart the nginx web server.");
        FolderSkillLibrary library = new FolderSkillLibrary(TestSkillsConfig.defaults(),
                new SkillRoots(home.resolve("user"), bundled, List.of()), false);
        try {
            assertEquals(List.of(), library.match("bounce the httpd daemon", 0));
            ConceptModel model = new ConceptModel("concepts");
            library.setEmbeddingModel(model);
            Fixtures.await("a semantic match", WAIT, () -> !library.match("bounce the httpd daemon", 0).isEmpty());
            library.unsetEmbeddingModel(model);
            assertEquals(List.of(), library.match("bounce the httpd daemon", 0));
        } finally {
            library.deactivate();
        }
    }
}
