package dev.hermod.bench.memory;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Evidence recall@5 and @10 and recalled tokens (characters / 4) of one recall method, over many questions. */
final class Score {

    private final String method;
    private double recallAt5;
    private double recallAt10;
    private long tokens;
    private int maxTokens;
    private int questions;
    private int lines;
    private int unmapped;

    Score(String method) {
        this.method = method;
    }

    /** Adds one question: its evidence turn ids, what was recalled (best first) and the recalled block's length. */
    void add(List<String> evidence, List<Recalled> recalled, int chars) {
        recallAt5 += recall(evidence, recalled, 5);
        recallAt10 += recall(evidence, recalled, 10);
        int t = (chars + 3) / 4;
        tokens += t;
        maxTokens = Math.max(maxTokens, t);
        questions++;
        lines += recalled.size();
        unmapped += (int) recalled.stream().filter(r -> r.turnId() == null).count();
    }

    /** The fraction of {@code evidence} among the turns of the first {@code k} recalled lines; 1 when there is none. */
    static double recall(List<String> evidence, List<Recalled> recalled, int k) {
        if (evidence.isEmpty()) return 1;
        Set<String> found = new HashSet<>();
        for (Recalled r : recalled.subList(0, Math.min(k, recalled.size()))) {
            if (r.turnId() != null) found.add(r.turnId());
        }
        return evidence.stream().filter(found::contains).count() / (double) evidence.size();
    }

    String row() {
        int n = Math.max(1, questions);
        return String.format(Locale.ROOT, "%-22s %9.3f %9.3f %12.0f %11d %11.1f %9d", method, recallAt5 / n,
                recallAt10 / n, tokens / (double) n, maxTokens, lines / (double) n, unmapped);
    }

    static String header() {
        return String.format(Locale.ROOT, "%-22s %9s %9s %12s %11s %11s %9s", "method", "recall@5", "recall@10",
                "mean tokens", "max tokens", "lines/query", "unmapped");
    }
}
