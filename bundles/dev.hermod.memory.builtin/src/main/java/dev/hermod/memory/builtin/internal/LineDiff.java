package dev.hermod.memory.builtin.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two small texts, line by line (longest common subsequence). Memory files hold
 * a few dozen lines, so the quadratic table is cheap; the diff is one hunk with full context,
 * which is what an auditor wants to read for a file this size.
 */
final class LineDiff {

    private LineDiff() {}

    /** The diff from {@code before} to {@code after}, labelled with {@code name}; empty when equal. */
    static String unified(String name, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        if (a.equals(b)) return "";
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(name).append('\n').append("+++ b/").append(name).append('\n');
        out.append("@@ -").append(range(a.size())).append(" +").append(range(b.size())).append(" @@\n");
        for (String line : body(a, b)) out.append(line).append('\n');
        return out.toString();
    }

    private static List<String> body(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                out.add(" " + a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                out.add("-" + a.get(i++));
            } else {
                out.add("+" + b.get(j++));
            }
        }
        return out;
    }

    private static String range(int count) {
        return count == 0 ? "0,0" : "1," + count;
    }

    private static List<String> lines(String text) {
        if (text.isEmpty()) return List.of();
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }
}
