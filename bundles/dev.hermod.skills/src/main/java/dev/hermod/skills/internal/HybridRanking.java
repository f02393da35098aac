package dev.hermod.skills.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.hermod.api.skill.Skill;

/**
 * Fuses the lexical ranking with cosine similarity to the task. A skill's fused score is its cosine
 * plus {@link #LEXICAL_WEIGHT} times its lexical score relative to the best lexical score. Each signal
 * checks the other:
 * <ul>
 * <li>a skill the lexical side did not keep joins only with a cosine of at least
 * {@link #SIMILARITY_FLOOR}, or {@link #WEAK_SUPPORT_FLOOR} when the task shares at least one word with
 * its name, description, triggers or tags (two weak signals that agree), so a task unrelated to every
 * skill still matches nothing;</li>
 * <li>a skill kept only for shared words is dropped when its cosine is below {@link #VETO}: the words
 * were a coincidence ("book a <em>table</em>" is no pivot table). A fired phrase or regex trigger is the
 * author's explicit word and is never vetoed.</li>
 * </ul>
 * The thresholds were chosen on bench/skill-match-cases/cases.json with all-MiniLM-L6-v2 and checked on
 * heldout.json (written before any tuning) and its unrelated tasks. Ties go by name. In a large
 * library the vectors compared are those {@link SkillVectors.Snapshot#candidates} picks: the lexical
 * candidates and the skills of the clusters nearest to the task.
 */
final class HybridRanking {

    static final double SIMILARITY_FLOOR = 0.45;
    static final double WEAK_SUPPORT_FLOOR = 0.35;
    static final double VETO = 0.15;
    static final double LEXICAL_WEIGHT = 0.3;
    /** Fused scores below this share of the best are dropped, as on the lexical side. */
    static final double RELATIVE_FLOOR = 0.75;

    record Scored(Skill skill, double score) {
    }

    /**
     * What the lexical side found: the skills it kept with their scores, the names of those kept for a
     * fired phrase or regex trigger, the names of skills sharing some words with the task but too few
     * to be kept, and the names of skills the session cannot use (their tools are missing).
     */
    record Lexical(List<Scored> kept, Set<String> triggered, Set<String> weak, Set<String> unusable) {
    }

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(s -> s.skill().name());

    private HybridRanking() {
    }

    /**
     * The best {@code limit} skills, best first, from the lexical evidence and the task's vector (of
     * the snapshot's dimensions).
     */
    static List<Skill> rank(Lexical lexical, float[] task, SkillVectors.Snapshot vectors, int limit) {
        double topLexical = lexical.kept().stream().mapToDouble(Scored::score).max().orElse(1);
        Map<String, Double> lexicalShare = new HashMap<>();
        lexical.kept().forEach(s -> lexicalShare.put(s.skill().name(), s.score() / topLexical));
        List<Scored> fused = new ArrayList<>();
        Skill[] skills = vectors.skills();
        java.util.Set<String> lexicalNames = new java.util.HashSet<>(lexicalShare.keySet());
        lexicalNames.addAll(lexical.weak());
        for (int i : vectors.candidates(task, lexicalNames)) {
            String name = skills[i].name();
            if (lexical.unusable().contains(name)) continue;
            double cosine = vectors.scales()[i] * dot(task, vectors.vectors(), i * task.length);
            Double share = lexicalShare.get(name);
            if (share != null ? cosine >= VETO || lexical.triggered().contains(name)
                    : cosine >= (lexical.weak().contains(name) ? WEAK_SUPPORT_FLOOR : SIMILARITY_FLOOR)) {
                fused.add(new Scored(skills[i], cosine + LEXICAL_WEIGHT * (share == null ? 0 : share)));
            }
        }
        return best(fused, RELATIVE_FLOOR, limit);
    }

    /** The best {@code limit} of {@code scored}, best first, leaving out those under {@code floor} times the best. */
    static List<Skill> best(List<Scored> scored, double floor, int limit) {
        double top = scored.stream().mapToDouble(Scored::score).max().orElse(0);
        return scored.stream().filter(s -> s.score() >= floor * top).sorted(BEST_FIRST).limit(limit)
                .map(Scored::skill).toList();
    }

    /** The dot product of {@code a} with the vector at {@code offset} in {@code rows}; four sums, so the JIT can pipeline. */
    static double dot(float[] a, byte[] rows, int offset) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int n = a.length;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[i] * rows[offset + i];
            s1 += a[i + 1] * rows[offset + i + 1];
            s2 += a[i + 2] * rows[offset + i + 2];
            s3 += a[i + 3] * rows[offset + i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i] * rows[offset + i];
        }
        return (double) s0 + s1 + s2 + s3;
    }
}
