package dev.hermod.tools.file.internal;

import java.util.ArrayList;
import java.util.List;

/** A unified diff ({@code diff -u} style, 3 lines of context) between two texts. */
final class UnifiedDiff {

    static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff of {@code before} → {@code after}, labelled with {@code label}; empty when they are equal. */
    static String of(String label, String before, String after) {
        List<LineDiff.Step> steps = LineDiff.between(Lines.withTerminators(before), Lines.withTerminators(after));
        List<int[]> hunks = hunks(steps);
        if (hunks.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("--- ").append(label).append("\n+++ ").append(label).append('\n');
        for (int[] hunk : hunks) {
            appendHunk(out, steps.subList(hunk[0], hunk[1]));
        }
        return out.toString();
    }

    /** [from, to) step ranges: changes with their context, merged when the contexts touch. */
    private static List<int[]> hunks(List<LineDiff.Step> steps) {
        List<int[]> hunks = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).op() == LineDiff.Step.KEEP) {
                continue;
            }
            int from = Math.max(0, i - CONTEXT);
            int to = Math.min(steps.size(), i + 1 + CONTEXT);
            int[] last = hunks.isEmpty() ? null : hunks.get(hunks.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = to;
            } else {
                hunks.add(new int[] {from, to});
            }
        }
        return hunks;
    }

    private static void appendHunk(StringBuilder out, List<LineDiff.Step> hunk) {
        int oldCount = 0;
        int newCount = 0;
        for (LineDiff.Step step : hunk) {
            oldCount += step.op() == LineDiff.Step.INSERT ? 0 : 1;
            newCount += step.op() == LineDiff.Step.DELETE ? 0 : 1;
        }
        LineDiff.Step first = hunk.get(0);
        out.append("@@ -").append(range(first.oldBefore(), oldCount))
                .append(" +").append(range(first.newBefore(), newCount)).append(" @@\n");
        for (LineDiff.Step step : hunk) {
            String line = step.line();
            boolean terminated = line.endsWith("\n");
            out.append(step.op()).append(terminated ? line : line + "\n");
            if (!terminated) {
                out.append("\\ No newline at end of file\n");
            }
        }
    }

    private static String range(int linesBefore, int count) {
        int start = count == 0 ? linesBefore : linesBefore + 1;
        return count == 1 ? Integer.toString(start) : start + "," + count;
    }
}
