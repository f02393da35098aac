package dev.hermod.skills.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff with three lines of context per hunk, as {@code diff -u} prints it, so an operator
 * sees what a revision changed in a long SKILL.md without reading the whole file.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private record Line(char op, String text, int oldNo, int newNo) {
    }

    private UnifiedDiff() {
    }

    static String of(String before, String after, String fromLabel, String toLabel) {
        List<Line> script = script(before.split("\n", -1), after.split("\n", -1));
        StringBuilder out = new StringBuilder("--- " + fromLabel + "\n+++ " + toLabel + "\n");
        int i = 0;
        boolean any = false;
        while (i < script.size()) {
            if (script.get(i).op() == ' ') { i++; continue; }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            for (int quiet = 0; end < script.size() && quiet <= 2 * CONTEXT; end++) {
                quiet = script.get(end).op() == ' ' ? quiet + 1 : 0;
            }
            end = Math.min(script.size(), trimTail(script, end));
            hunk(out, script.subList(start, end));
            any = true;
            i = end;
        }
        return any ? out.toString() : "(no difference)\n";
    }

    /** Drops trailing context beyond {@link #CONTEXT} lines after the last change. */
    private static int trimTail(List<Line> script, int end) {
        int last = end - 1;
        while (last > 0 && script.get(last).op() == ' ') last--;
        return Math.min(end, last + 1 + CONTEXT);
    }

    private static void hunk(StringBuilder out, List<Line> lines) {
        int oldStart = lines.stream().filter(l -> l.op() != '+').mapToInt(Line::oldNo).findFirst().orElse(0);
        int newStart = lines.stream().filter(l -> l.op() != '-').mapToInt(Line::newNo).findFirst().orElse(0);
        long oldCount = lines.stream().filter(l -> l.op() != '+').count();
        long newCount = lines.stream().filter(l -> l.op() != '-').count();
        out.append("@@ -").append(oldStart).append(',').append(oldCount).append(" +").append(newStart).append(',')
                .append(newCount).append(" @@\n");
        lines.forEach(l -> out.append(l.op()).append(l.text()).append('\n'));
    }

    /** The edit script by longest common subsequence; skills are small, so the table is cheap. */
    private static List<Line> script(String[] a, String[] b) {
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add(new Line(' ', a[i], ++i, ++j));
            } else if (j == b.length || (i < a.length && lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new Line('-', a[i], ++i, j));
            } else {
                out.add(new Line('+', b[j], i, ++j));
            }
        }
        return out;
    }
}
