package dev.hermod.memory.builtin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.hermod.api.embedding.EmbeddingModel;

/**
 * A small embedding model for tests: a bag of words hashed into 64 dimensions, L2-normalised.
 * Words listed in {@code concepts} are first replaced by their concept, so "allergy" and
 * "allergic" embed alike although they share no full-text term: the kind of match only recall by
 * meaning makes. Counts texts embedded; can be told to fail.
 */
final class FakeEmbeddingModel implements EmbeddingModel {

    static final int DIMENSIONS = 64;

    private final String id;
    private final Map<String, String> concepts;
    final AtomicInteger texts = new AtomicInteger();
    volatile boolean failing;

    FakeEmbeddingModel(String id, Map<String, String> concepts) {
        this.id = id;
        this.concepts = concepts;
    }

    @Override
    public String id() { return id; }

    @Override
    public int dimensions() { return DIMENSIONS; }

    @Override
    public List<float[]> embed(List<String> input) {
        if (failing) throw new IllegalStateException("the fake model was told to fail");
        List<float[]> out = new ArrayList<>();
        for (String text : input) out.add(vector(text));
        texts.addAndGet(input.size());
        return out;
    }

    private float[] vector(String text) {
        float[] v = new float[DIMENSIONS];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() < 3) continue; // a crude stop list: short words carry little meaning
            String concept = concepts.getOrDefault(word, word);
            v[Math.floorMod(concept.hashCode(), DIMENSIONS)] += 1;
        }
        double norm = 0;
        for (float x : v) norm += x * x;
        if (norm > 0) for (int i = 0; i < v.length; i++) v[i] /= (float) Math.sqrt(norm);
        return v;
    }
}
