package dev.hermod.bench.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class FusionTest {

    private static Recalled r(String turn, String line) {
        return new Recalled(turn, line);
    }

    @Test
    void aTurnBothListsRecallComesFirstOnceWithTheFirstListsLine() {
        List<Recalled> fts = List.of(r("a", "fts a"), r("b", "fts b"));
        List<Recalled> facts = List.of(r("c", "fact c"), r("b", "fact b"));

        List<Recalled> fused = Fusion.fuse(1000, fts, facts);

        assertEquals(List.of("fts b", "fts a", "fact c"), fused.stream().map(Recalled::line).toList());
    }

    @Test
    void withoutOverlapTheListsInterleaveFirstListFirst() {
        List<Recalled> fused = Fusion.fuse(1000, List.of(r("a", "a"), r("b", "b")), List.of(r("c", "c"), r("d", "d")));

        assertEquals(List.of("a", "c", "b", "d"), fused.stream().map(Recalled::line).toList());
    }

    @Test
    void linesThatDoNotFitTheBudgetAreSkippedAndShorterOnesStillTaken() {
        List<Recalled> fused = Fusion.fuse(10, List.of(r("a", "12345"), r("b", "1234567890")), List.of(r("c", "123")));

        assertEquals(List.of("12345", "123"), fused.stream().map(Recalled::line).toList());
        assertEquals(9, Recalled.chars(fused));
    }

    @Test
    void recallAtKCountsOnlyTheFirstKLines() {
        List<Recalled> recalled = List.of(r("x", "x"), r(null, "archive"), r("a", "a"), r("b", "b"));

        assertEquals(0.5, Score.recall(List.of("a", "b"), recalled, 3));
        assertEquals(1.0, Score.recall(List.of("a", "b"), recalled, 10));
    }
}
