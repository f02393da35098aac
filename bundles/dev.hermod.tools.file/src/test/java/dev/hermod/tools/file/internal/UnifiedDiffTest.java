package dev.hermod.tools.file.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    private static String numbered(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "l" + i).collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void oneChangedLineHasThreeLinesOfContext() {
        String diff = UnifiedDiff.of("f.txt", "a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nd\nE\nf\ng\nh\n");
        assertEquals("""
                --- f.txt
                +++ f.txt
                @@ -2,7 +2,7 @@
                 b
                 c
                 d
                -e
                +E
                 f
                 g
                 h
                """, diff);
    }

    @Test
    void distantChangesMakeSeparateHunks() {
        String after = numbered(20).replace("l2\n", "L2\n").replace("l18\n", "L18\n");
        assertEquals("""
                --- f
                +++ f
                @@ -1,5 +1,5 @@
                 l1
                -l2
                +L2
                 l3
                 l4
                 l5
                @@ -15,6 +15,6 @@
                 l15
                 l16
                 l17
                -l18
                +L18
                 l19
                 l20
                """, UnifiedDiff.of("f", numbered(20), after));
    }

    @Test
    void changesWhoseContextTouchesShareOneHunk() {
        String after = numbered(20).replace("l5\n", "L5\n").replace("l11\n", "L11\n");
        String diff = UnifiedDiff.of("f", numbered(20), after);
        assertEquals("--- f\n+++ f\n@@ -2,13 +2,13 @@\n", diff.substring(0, diff.indexOf(" l2\n")));
    }

    @Test
    void deletionsAndInsertionsCountSeparately() {
        assertEquals("--- f\n+++ f\n@@ -1,5 +1,4 @@\n l1\n l2\n-l3\n l4\n l5\n",
                UnifiedDiff.of("f", numbered(5), "l1\nl2\nl4\nl5\n"));
        assertEquals("--- f\n+++ f\n@@ -0,0 +1 @@\n+a\n", UnifiedDiff.of("f", "", "a\n"));
        assertEquals("--- f\n+++ f\n@@ -1,2 +1,3 @@\n l1\n+new\n l2\n", UnifiedDiff.of("f", numbered(2), "l1\nnew\nl2\n"));
    }

    @Test
    void missingFinalNewlineIsMarked() {
        assertEquals("""
                --- f
                +++ f
                @@ -1,2 +1,2 @@
                 x
                -y
                \\ No newline at end of file
                +z
                \\ No newline at end of file
                """, UnifiedDiff.of("f", "x\ny", "x\nz"));
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", UnifiedDiff.of("f", numbered(3), numbered(3)));
    }
}
