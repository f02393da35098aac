package dev.hermod.tools.file.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void editScriptsRebuildBothSidesAndAreShortest() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            List<String> a = randomLines(random);
            List<String> b = randomLines(random);
            List<LineDiff.Step> steps = LineDiff.between(a, b);
            List<String> before = new ArrayList<>();
            List<String> after = new ArrayList<>();
            int edits = 0;
            for (LineDiff.Step step : steps) {
                if (step.op() != LineDiff.Step.INSERT) {
                    before.add(step.line());
                }
                if (step.op() != LineDiff.Step.DELETE) {
                    after.add(step.line());
                }
                edits += step.op() == LineDiff.Step.KEEP ? 0 : 1;
            }
            assertEquals(a, before);
            assertEquals(b, after);
            assertEquals(a.size() + b.size() - 2 * lcs(a, b), edits, a + " -> " + b);
        }
    }

    private static List<String> randomLines(Random random) {
        List<String> lines = new ArrayList<>();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            lines.add(Character.toString('a' + random.nextInt(4)));
        }
        return lines;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t[0][0];
    }
}
