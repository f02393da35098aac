package dev.hermod.memory.holographic.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scores candidate facts against a query with {@link Weights}. Pure: no database. */
final class Ranking {

    private static final double DAY_MS = 86_400_000d;
    private final Weights weights;
    private final FactEncoder encoder;

    Ranking(Weights weights, FactEncoder encoder) {
        this.weights = weights;
        this.encoder = encoder;
    }

    /**
     * Ranks {@code candidates}, best first. BM25 scores ({@code bm25}, positive, by fact id; absent
     * means no text match) are divided by the best one in the set, so the best text match scores 1.
     * HRR similarity below 0 counts as 0.
     */
    List<Scored> rank(List<Fact> candidates, Map<Long, Double> bm25, Set<String> queryTokens, PhaseVector query, long now) {
        double best = bm25.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Scored> out = new ArrayList<>(candidates.size());
        for (Fact fact : candidates) {
            double fts = best > 0 ? bm25.getOrDefault(fact.id(), 0d) / best : 0;
            double jaccard = Tokens.jaccard(queryTokens, Tokens.of(fact.text()));
            double hrr = Math.max(0, encoder.vectorOf(fact).similarity(query));
            double age = (now - fact.updatedAt()) / DAY_MS;
            out.add(new Scored(fact, weights.score(fts, jaccard, hrr, age), fts, jaccard, hrr));
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(Comparator.comparingDouble((Scored s) -> s.fact().trust()).reversed())
                .thenComparing(Comparator.comparingLong((Scored s) -> s.fact().id()).reversed()));
        return out;
    }

    /** Ranks facts by HRR similarity to {@code reference} alone (for probe, related and reason). */
    List<Scored> bySimilarity(List<Fact> facts, PhaseVector reference) {
        List<Scored> out = new ArrayList<>(facts.size());
        for (Fact fact : facts) {
            double hrr = encoder.vectorOf(fact).similarity(reference);
            out.add(new Scored(fact, hrr, 0, 0, hrr));
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed());
        return out;
    }
}
