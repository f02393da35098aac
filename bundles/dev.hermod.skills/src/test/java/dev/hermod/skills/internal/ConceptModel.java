package dev.hermod.skills.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.hermod.api.embedding.EmbeddingModel;

/**
 * A small fake embedding model for tests: each known word adds to one concept dimension, so words of
 * the same concept ("reboot", "restart", "bounce") give similar vectors although they share no
 * letters; unknown words add to no dimension. Counts the texts it embedded, can hold skill batches
 * until released, and can be made to fail.
 */
final class ConceptModel implements EmbeddingModel {

    private static final Map<String, Integer> CONCEPTS = Map.ofEntries(
            Map.entry("restart", 0), Map.entry("reboot", 0), Map.entry("bounce", 0),
            Map.entry("web", 1), Map.entry("server", 1), Map.entry("nginx", 1), Map.entry("httpd", 1),
            Map.entry("photos", 2), Map.entry("images", 2), Map.entry("pictures", 2), Map.entry("resize", 3),
            Map.entry("shrink", 3), Map.entry("smaller", 3), Map.entry("cake", 4), Map.entry("bake", 4),
            Map.entry("chocolate", 4), Map.entry("invoice", 5), Map.entry("bill", 5));
    static final int DIMENSIONS = 6;

    private final String id;
    final AtomicInteger embedded = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile boolean broken;

    ConceptModel(String id) {
        this.id = id;
    }

    /** Holds every batch of more than one text (the skills) until {@link #release}. */
    ConceptModel hold() {
        gate = new CountDownLatch(1);
        return this;
    }

    void release() {
        gate.countDown();
    }

    void breakIt() {
        broken = true;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        if (broken) {
            throw new IllegalStateException("fake model is broken");
        }
        try {
            if (texts.size() > 1 && !gate.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("fake model was never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        embedded.addAndGet(texts.size());
        List<float[]> vectors = new ArrayList<>();
        texts.forEach(t -> vectors.add(vector(t)));
        return vectors;
    }

    private static float[] vector(String text) {
        float[] v = new float[DIMENSIONS];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            Integer concept = CONCEPTS.get(word);
            if (concept != null) {
                v[concept]++;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        for (int i = 0; i < v.length && norm > 0; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
