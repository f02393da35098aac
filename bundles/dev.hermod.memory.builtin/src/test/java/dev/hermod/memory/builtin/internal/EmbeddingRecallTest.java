package dev.hermod.memory.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.memory.ArchiveStatus;
import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.memory.MemoryHealth;

/** Hybrid recall: FTS5 fused with recall by meaning when an embedding model is bound. */
class EmbeddingRecallTest {

    private static final String OLD = "20261101-090000-aaaaaa";
    private static final String NOW = "20261125-100000-bbbbbb";
    private static final String ALICE = "20261101-090000-cccccc";
    private static final String QUESTION = "Which allergic reaction worries her?";

    @TempDir Path home;
    private BuiltinMemory memory;
    private FakeEmbeddingModel model;

    @BeforeEach
    void start() throws Exception {
        try (Db db = new Db(home.resolve("state.db"))) {
            SessionTables tables = new SessionTables(db);
            tables.session(OLD, "cli/local", "cli", "");
            tables.session(NOW, "cli/local", "cli", "");
            tables.session(ALICE, "telegram/1/alice", "telegram", "alice");
            tables.message(OLD, "user", "Maya has a peanut allergy since childhood");
            tables.message(OLD, "assistant", "Noted, I will remember the reaction risk.");
            tables.message(OLD, "user", "The weather was grey all week");
            tables.message(ALICE, "user", "Alice has an allergy to cats");
            tables.message(NOW, "user", "An allergy note in the current session");
        }
        memory = new BuiltinMemory(BuiltinSettings.defaults(home, MemoryLimits.DEFAULTS, true).withEmbeddings(0.15, 8));
        model = new FakeEmbeddingModel("fake-bow-v1", Map.of("allergy", "allerg", "allergic", "allerg"));
    }

    @AfterEach
    void stop() {
        memory.close();
    }

    @Test
    void findsByMeaningWhatFullTextMissesAndFallsBackWithoutTheModel() {
        String ftsOnly = memory.prefetch(cli(), QUESTION, 2000);
        assertFalse(ftsOnly.contains("peanut"), "allergic and allergy share no FTS5 term: " + ftsOnly);

        memory.setEmbeddings(model);
        awaitIndexed();
        String hybrid = memory.prefetch(cli(), QUESTION, 2000);
        assertTrue(hybrid.contains("- [session " + OLD + ", user] Maya has a peanut allergy since childhood"), hybrid);
        assertFalse(hybrid.contains("cats"), "another user's messages stay theirs: " + hybrid);
        assertFalse(hybrid.contains("current session"), "the current session is in the context already: " + hybrid);
        assertFalse(hybrid.contains("weather"), "below the similarity floor: " + hybrid);

        memory.removeEmbeddings(model);
        assertEquals(ftsOnly, memory.prefetch(cli(), QUESTION, 2000), "without the model, recall is FTS5 exactly");
    }

    @Test
    void archiveEntriesAreEmbeddedAndLabelledLikeFullTextFinds() {
        MemoryTool tool = new MemoryTool(memory);
        tool.execute("{\"action\":\"add\",\"target\":\"user\",\"content\":\"Severe allergy to shellfish\"}", new FakeToolContext("s1"));
        tool.execute("{\"action\":\"remove\",\"target\":\"user\",\"old_text\":\"shellfish\"}", new FakeToolContext("s2"));
        memory.setEmbeddings(model);
        awaitIndexed();
        String recalled = memory.prefetch(cli(), "is she allergic to anything?", 2000);
        assertTrue(recalled.contains(", removed] Severe allergy to shellfish"), recalled);
        assertEquals(1, recalled.lines().filter(l -> l.contains("shellfish")).count(), "one line per entry: " + recalled);
    }

    @Test
    void byMeaningAGatewayUserFindsOnlyTheirOwnAgentNotes() {
        MemoryTool tool = new MemoryTool(memory);
        FakeToolContext alice = new FakeToolContext("a1", "telegram", "alice");
        tool.execute("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Her cat triggers an allergy\"}", alice);
        tool.execute("{\"action\":\"remove\",\"target\":\"memory\",\"old_text\":\"cat triggers\"}", alice);
        tool.execute("{\"action\":\"add\",\"target\":\"memory\",\"content\":\"Severe allergy to shellfish\"}",
                new FakeToolContext("s1"));
        tool.execute("{\"action\":\"remove\",\"target\":\"memory\",\"old_text\":\"shellfish\"}", new FakeToolContext("s2"));
        memory.setEmbeddings(model);
        awaitIndexed();

        String forAlice = memory.prefetch(new MemoryContext("a9", "telegram/1/alice", "telegram", "alice", null),
                QUESTION, 2000);
        assertTrue(forAlice.contains(", removed] Her cat triggers an allergy"), forAlice);
        assertFalse(forAlice.contains("shellfish"), "the home's notes are not a gateway user's: " + forAlice);
        String forBob = memory.prefetch(new MemoryContext("b9", "telegram/1/bob", "telegram", "bob", null),
                QUESTION, 2000);
        assertEquals("", forBob, "neither alice's notes nor the home's reach bob");
        String forLocal = memory.prefetch(cli(), QUESTION, 2000);
        assertTrue(forLocal.contains(", removed] Severe allergy to shellfish") && !forLocal.contains("cat triggers"),
                forLocal);
    }

    @Test
    void vectorsAreCachedPerModelAsFloat32AndReusedByTheNextStart() throws Exception {
        memory.setEmbeddings(model);
        ArchiveStatus status = awaitIndexed();
        assertEquals("fake-bow-v1", status.embeddingModel());
        assertEquals(5, status.embedded(), "five user and assistant messages, no archive rows yet");
        try (Db db = new Db(home.resolve("state.db"))) {
            assertEquals(List.of(Map.of("model", "fake-bow-v1", "kind", "message", "bytes", "256")),
                    db.rows("SELECT DISTINCT model, kind, length(vector) AS bytes FROM memory_vectors"));
        }
        int embedded = model.texts.get();
        memory.close();

        memory = new BuiltinMemory(BuiltinSettings.defaults(home, MemoryLimits.DEFAULTS, true).withEmbeddings(0.15, 8));
        memory.setEmbeddings(model);
        awaitIndexed();
        assertEquals(embedded, model.texts.get(), "cached vectors are loaded, not embedded again");

        FakeEmbeddingModel other = new FakeEmbeddingModel("fake-bow-v2", Map.of());
        memory.setEmbeddings(other);
        assertEquals(5, awaitIndexed().embedded());
        assertEquals(5, other.texts.get(), "another model id gets its own vectors");
    }

    @Test
    void aFailingModelIsReportedAndRecallKeepsWorkingOnFullText() {
        model.failing = true;
        memory.setEmbeddings(model);
        await(() -> !memory.status().problem().isEmpty());
        MemoryHealth health = memory.health();
        assertEquals(MemoryHealth.State.DEGRADED, health.state());
        assertTrue(health.detail().contains("the fake model was told to fail"), health.detail());
        assertTrue(memory.prefetch(cli(), "peanut", 2000).contains("peanut allergy"), "FTS5 still recalls");

        model.failing = false;
        memory.prefetch(cli(), "peanut", 2000); // recall asks the indexer to catch up
        awaitIndexed();
        assertEquals(MemoryHealth.State.UP, memory.health().state());
    }

    @Test
    void recallStaysWithinTheTokenBudget() {
        memory.setEmbeddings(model);
        awaitIndexed();
        String recalled = memory.prefetch(cli(), QUESTION, 15);
        assertTrue(recalled.length() <= 60, recalled);
    }

    private ArchiveStatus awaitIndexed() {
        await(() -> {
            ArchiveStatus s = memory.status();
            return !s.embeddingModel().isEmpty() && s.embedded() >= s.embeddable() && s.problem().isEmpty();
        });
        return memory.status();
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("condition not met within 10 s");
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000); // polling interval of a condition wait
        }
    }

    private static MemoryContext cli() {
        return new MemoryContext(NOW, "cli/local", "cli", "", null);
    }
}
