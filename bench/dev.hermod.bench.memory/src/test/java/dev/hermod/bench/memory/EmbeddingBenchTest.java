package dev.hermod.bench.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.hermod.api.agent.AgentRole;
import dev.hermod.api.embedding.EmbeddingModel;
import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.session.NewSession;

/** The bench's embeddings path, with a small stand-in model (bag of words, "pet" and "tortoise" alike). */
class EmbeddingBenchTest {

    private static final Dataset.Conversation CONVERSATION = new Dataset.Conversation("c", List.of(
            new Dataset.Session("c-s1", "2024-01-08", List.of(
                    new Dataset.Turn("t1", "Maya", "We adopted a tortoise, she's called Pickle."),
                    new Dataset.Turn("t2", "Theo", "Lovely!"))),
            new Dataset.Session("c-s2", "2024-01-12", List.of(
                    new Dataset.Turn("t3", "Maya", "The train was late again this morning.")))));

    /** Words of three letters or more (but "which") hashed into 32 dimensions; "pet" is read as "tortoise". */
    static final class BagOfWords implements EmbeddingModel {
        @Override public String id() { return "bag-of-words"; }
        @Override public int dimensions() { return 32; }
        @Override public List<float[]> embed(List<String> texts) {
            List<float[]> out = new ArrayList<>();
            for (String text : texts) {
                float[] v = new float[32];
                for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                    if (w.length() > 2 && !w.equals("which")) v[Math.floorMod((w.equals("pet") ? "tortoise" : w).hashCode(), 32)] += 1;
                }
                double norm = 0;
                for (float x : v) norm += x * x;
                for (int i = 0; i < v.length && norm > 0; i++) v[i] /= (float) Math.sqrt(norm);
                out.add(v);
            }
            return out;
        }
    }

    @Test
    void withTheModelBoundTheBuiltinRecallFindsWhatFullTextCannot() throws Exception {
        try (MemoryHome home = new MemoryHome(10)) {
            TurnIndex index = new Ingest().ingest(CONVERSATION, home);
            String now = home.store.create(new NewSession("bench/c", "cli", "", "bench", "")).id();
            MemoryContext context = new MemoryContext(now, "bench/c", "cli", "", AgentRole.PRIMARY);
            String question = "Which pet?";
            assertFalse(Recalled.fromBuiltin(home.builtin.prefetch(context, question, 2000), index).stream()
                    .anyMatch(r -> "t1".equals(r.turnId())), "no word in common with the evidence");

            home.useEmbeddings(new BagOfWords(), Duration.ofSeconds(10));
            List<Recalled> recalled = Recalled.fromBuiltin(home.builtin.prefetch(context, question, 2000), index);
            assertTrue(recalled.stream().anyMatch(r -> "t1".equals(r.turnId())), recalled.toString());
            assertEquals(0, recalled.stream().filter(r -> r.turnId() == null).count(), "every line maps to a turn");
        }
    }
}
