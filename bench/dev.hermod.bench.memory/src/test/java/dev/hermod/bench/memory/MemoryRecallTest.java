package dev.hermod.bench.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.hermod.api.agent.AgentRole;
import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.session.NewSession;

/** The real path on a tiny conversation: what was told in a past session comes back as its turn id. */
class MemoryRecallTest {

    private static final Dataset.Conversation CONVERSATION = new Dataset.Conversation("c", List.of(
            new Dataset.Session("c-s1", "2024-01-08", List.of(
                    new Dataset.Turn("t1", "Maya", "Hey, how was your weekend?"),
                    new Dataset.Turn("t2", "Theo", "Quiet, I read a lot."),
                    new Dataset.Turn("t3", "Maya", "We adopted a tortoise, she's called Pickle."))),
            new Dataset.Session("c-s2", "2024-01-12", List.of(
                    new Dataset.Turn("t4", "Maya", "The train was late again this morning."),
                    new Dataset.Turn("t5", "Theo", "Oh no, that's annoying.")))));

    @Test
    void bothRecallPathsFindTheTurnThatToldTheFact() throws Exception {
        try (MemoryHome home = new MemoryHome(10)) {
            TurnIndex index = new Ingest().ingest(CONVERSATION, home);
            String now = home.store.create(new NewSession("bench/c", "cli", "", "bench", "")).id();
            MemoryContext context = new MemoryContext(now, "bench/c", "cli", "", AgentRole.PRIMARY);
            String question = "What is the name of the tortoise Maya adopted?";

            List<Recalled> fts = Recalled.fromBuiltin(home.builtin.prefetch(context, question, 2000), index);
            List<Recalled> facts = Recalled.fromHolographic(home.holographic.prefetch(context, question, 2000), index);

            assertEquals("t3", fts.get(0).turnId(), "FTS5 recall: " + fts);
            assertEquals("t3", facts.get(0).turnId(), "holographic recall: " + facts);
            assertEquals(5, index.facts(), "every turn became a fact");
        }
    }

    @Test
    void closingDeletesTheHome() throws Exception {
        MemoryHome home = new MemoryHome(10);
        new Ingest().ingest(CONVERSATION, home);
        home.close();
        assertFalse(Files.exists(home.home));
    }

    @Test
    void theGeneratedDatasetIsDeterministicAndItsEvidenceIsTheUsersOwnWords() {
        Dataset one = new DatasetGenerator(DatasetGenerator.SEED).generate();
        Dataset two = new DatasetGenerator(DatasetGenerator.SEED).generate();
        assertEquals(one, two);
        one.check(java.nio.file.Path.of("generated"));
        Set<String> userTurns = new HashSet<>();
        for (Dataset.Conversation c : one.conversations()) {
            String user = c.sessions().get(0).turns().get(0).speaker();
            c.sessions().forEach(s -> s.turns().stream().filter(t -> t.speaker().equals(user))
                    .forEach(t -> userTurns.add(t.id())));
        }
        assertEquals(45, one.questions().size());
        one.questions().forEach(q -> assertTrue(userTurns.containsAll(q.evidence()), q.question()));
    }
}
