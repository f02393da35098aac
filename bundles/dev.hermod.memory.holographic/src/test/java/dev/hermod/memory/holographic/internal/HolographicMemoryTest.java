package dev.hermod.memory.holographic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.agent.AgentRole;
import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.memory.MemoryHealth;
import dev.hermod.api.memory.MemoryWrite;
import dev.hermod.api.tool.ToolResult;

class HolographicMemoryTest {

    private static final MemoryContext CLI = new MemoryContext("s1", "cli/local", "cli", "", AgentRole.PRIMARY);
    private static final MemoryContext ANN = new MemoryContext("s2", "telegram/1/ann", "telegram", "ann", null);
    private static final MemoryContext BOB = new MemoryContext("s3", "telegram/1/bob", "telegram", "bob", null);

    @TempDir Path home;
    private HolographicMemory memory;

    @AfterEach
    void close() {
        if (memory != null) memory.close();
    }

    private HolographicMemory open(Clock clock) {
        if (memory != null) memory.close();
        memory = new HolographicMemory(MemorySettings.defaults(home.resolve("holographic.db")), clock);
        return memory;
    }

    private String call(FakeToolContext who, String arguments) throws Exception {
        ToolResult result = memory.tools().get(0).execute(arguments, who);
        assertFalse(result.error(), result.content());
        return result.content();
    }

    private ToolResult feedback(FakeToolContext who, long id, boolean helpful) throws Exception {
        return memory.tools().get(1).execute("{\"fact_id\":" + id + ",\"helpful\":" + helpful + "}", who);
    }

    @Test
    void offersTheTwoToolsAndReportsUp() {
        open(Clock.systemUTC());
        assertEquals("holographic", memory.name());
        assertEquals(MemoryHealth.up(), memory.health());
        assertEquals("fact_store", memory.tools().get(0).spec().name());
        assertEquals("fact_feedback", memory.tools().get(1).spec().name());
        assertTrue(memory.configSchema().contains("\"trust_threshold\""));
    }

    @Test
    void prefetchRecallsARelevantFactMarkedWithIdAndTrust() throws Exception {
        open(Clock.systemUTC());
        call(FakeToolContext.cli(), "{\"action\":\"add\",\"text\":\"Alice prefers green tea in the morning\"}");
        call(FakeToolContext.cli(), "{\"action\":\"add\",\"text\":\"The build server runs Debian 12\"}");
        String block = memory.prefetch(CLI, "what tea does Alice like?", 200);
        assertTrue(block.contains("[fact #1, trust 0.50] Alice prefers green tea in the morning"), block);
        assertFalse(block.contains("Debian"), block);
        assertEquals("", memory.prefetch(CLI, "   ", 200));
    }

    @Test
    void usersOnOneGatewayNeverSeeEachOthersFacts() throws Exception {
        open(Clock.systemUTC());
        FakeToolContext ann = new FakeToolContext("telegram", "ann"), bob = new FakeToolContext("telegram", "bob");
        call(ann, "{\"action\":\"add\",\"text\":\"Ann's dentist appointment is on Friday\"}");
        assertTrue(memory.prefetch(ANN, "dentist appointment", 200).contains("dentist"));
        assertEquals("", memory.prefetch(BOB, "dentist appointment", 200));
        assertEquals("", memory.prefetch(CLI, "dentist appointment", 200));
        assertTrue(call(bob, "{\"action\":\"search\",\"query\":\"dentist\"}").startsWith("No matching facts"));
        assertTrue(call(bob, "{\"action\":\"list\"}").contains("No facts stored yet"));
        ToolResult foreign = feedback(bob, 1, true);
        assertTrue(foreign.error() && foreign.content().contains("No fact #1"), foreign.content());
        assertTrue(memory.tools().get(0).execute("{\"action\":\"remove\",\"fact_id\":1}", bob).error());
        assertTrue(memory.prefetch(ANN, "dentist appointment", 200).contains("dentist"), "Bob could not remove it");
    }

    @Test
    void unhelpfulFeedbackBelowTheThresholdHidesAFactButListStillShowsIt() throws Exception {
        open(Clock.systemUTC());
        call(FakeToolContext.cli(), "{\"action\":\"add\",\"text\":\"The cat is called Miso\"}");
        feedback(FakeToolContext.cli(), 1, false);
        assertTrue(memory.prefetch(CLI, "cat name", 200).contains("trust 0.40"));
        ToolResult second = feedback(FakeToolContext.cli(), 1, false);
        assertEquals("Fact #1 marked unhelpful; trust now 0.30.", second.content());
        assertTrue(memory.prefetch(CLI, "cat name", 200).contains("Miso"), "0.30 is at the threshold");
        feedback(FakeToolContext.cli(), 1, false);
        assertEquals("", memory.prefetch(CLI, "cat name", 200));
        assertTrue(call(FakeToolContext.cli(), "{\"action\":\"search\",\"query\":\"cat\"}").startsWith("No matching"));
        assertTrue(call(FakeToolContext.cli(), "{\"action\":\"list\"}").contains("[fact #1, trust 0.20] The cat is called Miso"));
    }

    @Test
    void feedbackClampsAtOneAndZero() throws Exception {
        open(Clock.systemUTC());
        call(FakeToolContext.cli(), "{\"action\":\"add\",\"text\":\"Bob plays the cello\"}");
        for (int i = 0; i < 15; i++) feedback(FakeToolContext.cli(), 1, true);
        assertTrue(feedback(FakeToolContext.cli(), 1, true).content().endsWith("trust now 1.00."));
        for (int i = 0; i < 15; i++) feedback(FakeToolContext.cli(), 1, false);
        assertTrue(feedback(FakeToolContext.cli(), 1, false).content().endsWith("trust now 0.00."));
    }

    @Test
    void updateAndContradictKeepHistory() throws Exception {
        open(Clock.systemUTC());
        call(FakeToolContext.cli(), "{\"action\":\"add\",\"text\":\"Carol lives in Berlin\"}");
        String updated = call(FakeToolContext.cli(), "{\"action\":\"update\",\"fact_id\":1,\"text\":\"Carol lives in Hamburg\"}");
        assertTrue(updated.startsWith("Updated: [fact #2, trust 0.50] Carol lives in Hamburg"), updated);
        String contradicted = call(FakeToolContext.cli(),
                "{\"action\":\"contradict\",\"fact_id\":2,\"text\":\"Carol moved from Hamburg to Munich\"}");
        assertTrue(contradicted.contains("Added [fact #3, trust 0.50] Carol moved from Hamburg to Munich"), contradicted);
        assertTrue(contradicted.contains("Now [fact #2, trust 0.25, contradicted by #3] Carol lives in Hamburg"), contradicted);
        String history = call(FakeToolContext.cli(), "{\"action\":\"list\",\"include_history\":true}");
        assertTrue(history.contains("[fact #1, trust 0.50, superseded by #2] Carol lives in Berlin"), history);
        assertTrue(history.contains("of 3"), history);
        String recalled = memory.prefetch(CLI, "Where does Carol live?", 500);
        assertTrue(recalled.contains("#3") && !recalled.contains("#2,") && !recalled.contains("Berlin"), recalled);
        ToolResult stale = memory.tools().get(0).execute("{\"action\":\"update\",\"fact_id\":1,\"text\":\"x y\"}",
                FakeToolContext.cli());
        assertTrue(stale.error() && stale.content().contains("was replaced by #2"), stale.content());
    }

    @Test
    void removeIsSoft() throws Exception {
        open(Clock.systemUTC());
        call(FakeToolContext.cli(), "{\"action\":\"add\",\"text\":\"Dave uses Emacs\"}");
        assertTrue(call(FakeToolContext.cli(), "{\"action\":\"remove\",\"fact_id\":1}").contains("removed"));
        assertEquals("", memory.prefetch(CLI, "Dave editor Emacs", 200));
        assertTrue(call(FakeToolContext.cli(), "{\"action\":\"list\",\"include_history\":true}")
                .contains("[fact #1, trust 0.50, removed] Dave uses Emacs"));
    }

    @Test
    void prefetchStaysWithinTheTokenBudget() throws Exception {
        open(Clock.systemUTC());
        for (int i = 0; i < 30; i++) {
            call(FakeToolContext.cli(), "{\"action\":\"add\",\"text\":\"Project Orion milestone " + i
                    + " needs review by the platform team before release\"}");
        }
        for (int budget : new int[] {20, 40, 100}) {
            String block = memory.prefetch(CLI, "Orion milestone review", budget);
            assertTrue(block.length() <= budget * 4, budget + " tokens gave " + block.length() + " chars");
        }
        assertFalse(memory.prefetch(CLI, "Orion milestone review", 40).isEmpty());
        assertEquals("", memory.prefetch(CLI, "Orion milestone review", 10), "not even one line fits");
        String all = memory.prefetch(CLI, "Orion milestone review", 10_000);
        assertEquals(8 + 1, all.split("\n").length, "recall_limit lines plus the header");
    }

    @Test
    void factsSurviveReopening() throws Exception {
        open(Clock.systemUTC());
        call(FakeToolContext.cli(), "{\"action\":\"add\",\"text\":\"Eve's laptop is a ThinkPad X1\"}");
        feedback(FakeToolContext.cli(), 1, true);
        open(Clock.systemUTC());
        assertTrue(memory.prefetch(CLI, "which laptop does Eve have", 200).contains("[fact #1, trust 0.55]"));
        assertTrue(Files.exists(home.resolve("holographic.db")));
    }

    @Test
    void temporalDecayPrefersTheNewerOfTwoEqualFacts() throws Exception {
        MutableClock clock = new MutableClock();
        memory = new HolographicMemory(new MemorySettings(home.resolve("holographic.db"), TrustPolicy.DEFAULTS,
                new Weights(0.4, 0.3, 0.3, 7), 1024, 8), clock);
        call(FakeToolContext.cli(), "{\"action\":\"add\",\"text\":\"Frank likes jazz records\"}");
        clock.advance(Duration.ofDays(14));
        call(FakeToolContext.cli(), "{\"action\":\"add\",\"text\":\"Frank likes jazz records\"}");
        String block = memory.prefetch(CLI, "Frank jazz", 200);
        assertTrue(block.indexOf("#2") < block.indexOf("#1"), block);
    }

    @Test
    void builtinMemoryWritesAreMirroredAndNeverHardDeleted() throws Exception {
        open(Clock.systemUTC());
        memory.memoryWritten(CLI, new MemoryWrite(MemoryWrite.Action.ADD, "user", "Grace works night shifts", ""));
        memory.memoryWritten(CLI, new MemoryWrite(MemoryWrite.Action.REPLACE, "user", "Grace works day shifts",
                "Grace works night shifts"));
        assertTrue(memory.prefetch(CLI, "Grace shifts", 200).contains("[fact #2, trust 0.50] Grace works day shifts"));
        memory.memoryWritten(CLI, new MemoryWrite(MemoryWrite.Action.REMOVE, "user", "", "Grace works day shifts"));
        assertEquals("", memory.prefetch(CLI, "Grace shifts", 200));
        String history = call(FakeToolContext.cli(), "{\"action\":\"list\",\"include_history\":true}");
        assertTrue(history.contains("superseded by #2] Grace works night shifts")
                && history.contains("removed] Grace works day shifts"), history);
        assertTrue(call(new FakeToolContext("telegram", "ann"), "{\"action\":\"list\"}").contains("No facts"));
    }

    @Test
    void secretsAreNeitherStoredByTheToolNorMirroredNorTakenFromTurns() throws Exception {
        open(Clock.systemUTC());
        ToolResult refused = memory.tools().get(0).execute(
                "{\"action\":\"add\",\"text\":\"OpenAI key is sk-proj-abcdefghijklmnopqrstuvwx\"}", FakeToolContext.cli());
        assertTrue(refused.error() && refused.content().contains("credential"));
        assertFalse(refused.content().contains("abcdefghij"), "the secret is not echoed");
        memory.memoryWritten(CLI, new MemoryWrite(MemoryWrite.Action.ADD, "memory", "password: hunter2hunter2", ""));
        memory.syncTurn(CLI, "my dentist is Dr Who", "noted");
        assertTrue(call(FakeToolContext.cli(), "{\"action\":\"list\",\"include_history\":true}").contains("No facts"));
    }

    @Test
    void anUnopenableDatabaseIsReportedDownWithTheFix() throws Exception {
        Path blocker = Files.writeString(home.resolve("not-a-folder"), "x");
        memory = new HolographicMemory(MemorySettings.defaults(blocker.resolve("holographic.db")), Clock.systemUTC());
        MemoryHealth health = memory.health();
        assertEquals(MemoryHealth.State.DOWN, health.state());
        assertTrue(health.detail().contains("Cannot open the holographic memory database")
                && health.detail().contains("db_path"), health.detail());
        assertEquals("", memory.prefetch(CLI, "anything", 100));
        ToolResult result = memory.tools().get(0).execute("{\"action\":\"list\"}", FakeToolContext.cli());
        assertTrue(result.error() && result.content().contains("unavailable"), result.content());
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2025-01-01T00:00:00Z");
        void advance(Duration by) { now = now.plus(by); }
        @Override public Instant instant() { return now; }
        @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    }
}
