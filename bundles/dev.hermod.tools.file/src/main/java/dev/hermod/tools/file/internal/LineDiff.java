package dev.hermod.tools.file.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The shortest edit script between two lists of lines (Myers' O((N+M)D) algorithm), after
 * trimming the common head and tail so a small patch to a big file stays cheap.
 */
final class LineDiff {

    /** One step of the script; {@code oldBefore}/{@code newBefore} count the lines before it. */
    record Step(char op, String line, int oldBefore, int newBefore) {
        static final char KEEP = ' ';
        static final char DELETE = '-';
        static final char INSERT = '+';
    }

    private LineDiff() {
    }

    /** The steps turning {@code a} into {@code b}: every line of both, once, in order. */
    static List<Step> between(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Character> middle = myers(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail));
        List<Step> steps = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (int k = 0; k < head; k++) {
            steps.add(new Step(Step.KEEP, a.get(i), i++, j++));
        }
        for (char op : middle) {
            steps.add(switch (op) {
                case Step.DELETE -> new Step(op, a.get(i), i++, j);
                case Step.INSERT -> new Step(op, b.get(j), i, j++);
                default -> new Step(op, a.get(i), i++, j++);
            });
        }
        for (int k = 0; k < tail; k++) {
            steps.add(new Step(Step.KEEP, a.get(i), i++, j++));
        }
        return steps;
    }

    private static List<Character> myers(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int[] v = new int[2 * max + 2];
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= max; d++) {
            for (int k = -d; k <= d; k += 2) {
                boolean down = k == -d || k != d && v[max + k - 1] < v[max + k + 1];
                int x = down ? v[max + k + 1] : v[max + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[max + k] = x;
                if (x >= n && y >= m) {
                    trace.add(Arrays.copyOfRange(v, max - d, max + d + 1));
                    return backtrack(trace, n, m);
                }
            }
            trace.add(Arrays.copyOfRange(v, max - d, max + d + 1));
        }
        throw new IllegalStateException("unreachable: an edit script always exists");
    }

    private static List<Character> backtrack(List<int[]> trace, int n, int m) {
        List<Character> ops = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d > 0; d--) {
            int[] previous = trace.get(d - 1);
            int k = x - y;
            boolean down = k == -d || k != d && previous[k - 1 + d - 1] < previous[k + 1 + d - 1];
            int prevK = down ? k + 1 : k - 1;
            int prevX = previous[prevK + d - 1];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                ops.add(Step.KEEP);
                x--;
                y--;
            }
            ops.add(down ? Step.INSERT : Step.DELETE);
            x = prevX;
            y = prevY;
        }
        for (; x > 0 && y > 0; x--, y--) {
            ops.add(Step.KEEP);
        }
        Collections.reverse(ops);
        return ops;
    }
}
