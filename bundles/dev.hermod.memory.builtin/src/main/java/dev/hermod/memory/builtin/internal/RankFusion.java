package dev.hermod.memory.builtin.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal-rank fusion of the full-text and the embedding results: each find scores
 * {@code 1 / (K + position)} in every list it is in (position from 1), so finds both searches
 * agree on rise, and each search's best finds come early even when the other has nothing. A find in
 * both lists keeps the full-text version (its snippet shows the matching words).
 */
final class RankFusion {

    static final int K = 60;

    private RankFusion() {}

    /** The fused list, best first; with an empty {@code semantic} list, {@code lexical} unchanged. */
    static List<RecallHit> fuse(List<RecallHit> lexical, List<RecallHit> semantic) {
        if (semantic.isEmpty()) return lexical;
        Map<String, RecallHit> hits = new LinkedHashMap<>();
        Map<String, Double> score = new LinkedHashMap<>();
        for (List<RecallHit> list : List.of(lexical, semantic)) {
            for (int i = 0; i < list.size(); i++) {
                RecallHit hit = list.get(i);
                hits.putIfAbsent(hit.key(), hit);
                score.merge(hit.key(), 1.0 / (K + i + 1), Double::sum);
            }
        }
        List<String> keys = new ArrayList<>(score.keySet());
        // stable: equal scores keep first-seen order, so full-text finds win ties
        keys.sort(Comparator.comparingDouble((String k) -> score.get(k)).reversed());
        List<RecallHit> out = new ArrayList<>();
        for (String key : keys) out.add(hits.get(key));
        return out;
    }
}
