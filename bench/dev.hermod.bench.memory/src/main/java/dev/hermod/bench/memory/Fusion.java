package dev.hermod.bench.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hybrid recall: reciprocal-rank fusion of ranked lists, each item scoring the sum of
 * {@code 1 / (K + rank)} over the lists it is in (rank from 1). A turn recalled by both lists
 * appears once, with the line of the earlier list. Best first, whole lines that fit the character
 * budget (a line that does not fit is skipped, as the providers themselves do).
 */
final class Fusion {

    static final int K = 60;

    private Fusion() {}

    @SafeVarargs
    static List<Recalled> fuse(int budgetChars, List<Recalled>... lists) {
        Map<String, Recalled> line = new LinkedHashMap<>();
        Map<String, Double> score = new LinkedHashMap<>();
        for (List<Recalled> list : lists) {
            for (int i = 0; i < list.size(); i++) {
                Recalled r = list.get(i);
                String key = r.turnId() != null ? "turn:" + r.turnId() : "line:" + r.line();
                line.putIfAbsent(key, r);
                score.merge(key, 1.0 / (K + i + 1), Double::sum);
            }
        }
        List<String> keys = new ArrayList<>(score.keySet());
        // stable sort: equal scores keep first-seen order, so the earlier list wins ties
        keys.sort(Comparator.comparingDouble((String k) -> score.get(k)).reversed());
        List<Recalled> out = new ArrayList<>();
        int used = 0;
        for (String key : keys) {
            Recalled r = line.get(key);
            int needed = r.line().length() + (out.isEmpty() ? 0 : 1);
            if (used + needed > budgetChars) continue;
            out.add(r);
            used += needed;
        }
        return out;
    }
}
