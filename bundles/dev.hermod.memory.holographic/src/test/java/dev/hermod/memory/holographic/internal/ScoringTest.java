package dev.hermod.memory.holographic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ScoringTest {

    private final FactEncoder encoder = new FactEncoder(1024);

    @Test
    void theDefaultFormulaIsPointFourPointThreePointThree() {
        assertEquals(0.4 * 1 + 0.3 * 0.5 + 0.3 * 0.2, Weights.DEFAULTS.score(1, 0.5, 0.2, 100), 1e-9);
        assertEquals(0.4, Weights.DEFAULTS.score(1, 0, 0, 0), 1e-9);
        assertEquals(0.3, Weights.DEFAULTS.score(0, 1, 0, 0), 1e-9);
        assertEquals(0.3, Weights.DEFAULTS.score(0, 0, 1, 0), 1e-9);
    }

    @Test
    void decayHalvesTheScoreEveryHalfLife() {
        Weights decaying = new Weights(0.4, 0.3, 0.3, 10);
        assertEquals(1.0, decaying.score(1, 1, 1, 0), 1e-9);
        assertEquals(0.5, decaying.score(1, 1, 1, 10), 1e-9);
        assertEquals(0.25, decaying.score(1, 1, 1, 20), 1e-9);
    }

    @Test
    void badWeightsAreRefusedWithTheFix() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Weights(0, 0, 0, 0));
        assertTrue(e.getMessage().contains("defaults are 0.4, 0.3 and 0.3"));
        assertThrows(IllegalArgumentException.class, () -> new Weights(-1, 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Weights(1, 1, 1, -2));
    }

    @Test
    void bm25IsNormalisedToTheBestCandidateAndWeightsDecideTheOrder() {
        Fact strongText = fact(1, "alpha beta gamma delta");
        Fact sameWords = fact(2, "zeta eta theta");
        Map<Long, Double> bm25 = Map.of(1L, 8.0, 2L, 2.0);
        Set<String> query = Tokens.of("zeta eta theta");
        PhaseVector vector = encoder.encode("zeta eta theta");

        List<Scored> ftsOnly = new Ranking(new Weights(1, 0, 0, 0), encoder)
                .rank(List.of(sameWords, strongText), bm25, query, vector, 0);
        assertEquals(1L, ftsOnly.get(0).fact().id());
        assertEquals(1.0, ftsOnly.get(0).fts(), 1e-9);
        assertEquals(0.25, ftsOnly.get(1).fts(), 1e-9);

        List<Scored> byDefault = new Ranking(Weights.DEFAULTS, encoder)
                .rank(List.of(strongText, sameWords), bm25, query, vector, 0);
        Scored top = byDefault.get(0);
        assertEquals(2L, top.fact().id(), "word overlap and HRR outweigh a stronger BM25");
        assertEquals(1.0, top.jaccard(), 1e-9);
        assertEquals(1.0, top.hrr(), 1e-5);
        assertEquals(0.4 * 0.25 + 0.3 + 0.3, top.score(), 1e-5);
    }

    @Test
    void jaccardIsOverlapOverUnion() {
        assertEquals(0.5, Tokens.jaccard(Set.of("a1", "b1", "c1"), Set.of("b1", "c1", "d1")), 1e-9);
        assertEquals(0, Tokens.jaccard(Set.of(), Set.of()), 1e-9);
        assertEquals(Set.of("alice", "likes", "green", "tea"), Tokens.of("Alice likes the green tea."));
    }

    private Fact fact(long id, String text) {
        return new Fact(id, "cli:", text, List.of(), "tool", 0.5, 0, 0, 0, 0, 0, 0, 0, encoder.encode(text).toBytes());
    }
}
