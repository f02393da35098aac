package dev.hermod.skills.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import dev.hermod.api.skill.Skill;

/**
 * How alike two skills are: the Jaccard overlap of the stemmed terms of their names, descriptions
 * and triggers — what decides when a skill is chosen. Two skills that would be chosen for the same
 * tasks are duplicates whatever their bodies say.
 */
final class NearDuplicates {

    private NearDuplicates() {
    }

    static double similarity(Skill a, Skill b) {
        return jaccard(terms(a), terms(b));
    }

    /** The most similar other skill at or above {@code threshold}. */
    static Optional<Skill> closest(Skill skill, Collection<Skill> others, double threshold) {
        Skill best = null;
        double bestScore = threshold;
        Set<String> mine = terms(skill);
        for (Skill other : others) {
            if (other.name().equals(skill.name())) continue;
            double score = jaccard(mine, terms(other));
            if (score >= bestScore) {
                best = other;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    static Set<String> terms(Skill skill) {
        return Terms.of(skill.name().replace('-', ' ') + " " + skill.description() + " " + String.join(" ", skill.triggers()));
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 0;
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size() / (double) (a.size() + b.size() - both.size());
    }
}
