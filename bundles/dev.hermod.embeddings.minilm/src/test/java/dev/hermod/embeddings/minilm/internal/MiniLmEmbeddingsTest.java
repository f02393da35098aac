package dev.hermod.embeddings.minilm.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The real model, loaded once for the class (about 3 s). A small batch size and text limit so that
 * chunking and truncation are exercised by short texts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MiniLmEmbeddingsTest {
    private static final int MAX_CHARS = 300;
    private static MiniLmEmbeddings model;

    @BeforeAll
    static void load() {
        model = new MiniLmEmbeddings(Configs.miniLm(Map.of("max__batch", 2, "max__chars", MAX_CHARS)));
    }

    @AfterAll
    static void stop() {
        model.deactivate();
    }

    @Test
    void vectorsHave384DimensionsAndUnitLength() {
        assertEquals("all-minilm-l6-v2", model.id());
        assertEquals(384, model.dimensions());
        for (float[] vector : model.embed(List.of("restart the web server", "Ünïcødé 日本語 🚀 text"))) {
            assertEquals(384, vector.length);
            assertEquals(1.0, dot(vector, vector), 1e-5);
        }
    }

    @Test
    void aParaphraseIsCloserThanAnUnrelatedSentence() {
        List<float[]> v = model.embed(List.of("restart the web server", "reboot nginx", "bake a chocolate cake"));
        double paraphrase = dot(v.get(0), v.get(1));
        double unrelated = dot(v.get(0), v.get(2));
        assertTrue(paraphrase > unrelated + 0.2, "paraphrase " + paraphrase + " vs unrelated " + unrelated);
    }

    @Test
    void aBatchKeepsItsOrderAcrossChunks() {
        List<String> texts = List.of("alpha particle", "the quick brown fox", "database migration failed",
                "my cat sleeps all day", "compile the kernel");
        List<float[]> batch = model.embed(texts);
        assertEquals(texts.size(), batch.size());
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(model.embed(texts.get(i)), batch.get(i), 1e-5f, "text " + i);
        }
    }

    @Test
    void anEmptyListGivesAnEmptyList() {
        assertEquals(List.of(), model.embed(List.of()));
    }

    @Test
    void textsWithoutWordsGetOneUnitVectorAndKeepTheirPlace() {
        List<float[]> v = model.embed(List.of("", "deploy the app", "   \n\t", "\u0000\u0007"));
        for (float[] vector : v) {
            assertEquals(1.0, dot(vector, vector), 1e-5);
        }
        assertArrayEquals(v.get(0), v.get(2), 1e-6f);
        assertArrayEquals(v.get(0), v.get(3), 1e-6f);
        assertArrayEquals(model.embed("deploy the app"), v.get(1), 1e-5f);
    }

    @Test
    void textBeyondMaxCharsIsIgnored() {
        String head = "The backup job copies the database every night at two. ".repeat(8);
        String cut = head.substring(0, MAX_CHARS);
        List<float[]> v = model.embed(List.of(cut + " and then it reports to the on-call engineer",
                cut + " but nobody has checked whether restores work", cut.substring(0, 60)));
        assertArrayEquals(v.get(0), v.get(1), 1e-6f);
        assertNotEquals(1.0, dot(v.get(0), v.get(2)), 1e-3, "a shorter text is embedded differently");
    }

    @Test
    void severalThreadsEmbedAtOnce() throws Exception {
        String[] texts = {"open a pull request", "water the plants", "rotate the TLS certificates"};
        List<float[]> expected = model.embed(List.of(texts));
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<float[]>>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                results.add(callers.submit(() -> model.embed(List.of(texts))));
            }
            for (Future<List<float[]>> result : results) {
                List<float[]> got = result.get();
                for (int i = 0; i < texts.length; i++) {
                    assertArrayEquals(expected.get(i), got.get(i), 1e-5f);
                }
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aNullTextIsRefusedByPosition() {
        List<String> texts = new ArrayList<>(List.of("a", "b"));
        texts.add(null);
        NullPointerException e = assertThrows(NullPointerException.class, () -> model.embed(texts));
        assertEquals("Text 2 of 3 is null", e.getMessage());
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aStoppedModelSaysSo() {
        MiniLmEmbeddings stopped = model;
        stopped.deactivate();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> stopped.embed("hello"));
        assertTrue(e.getMessage().contains("was stopped"), e.getMessage());
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }
}
