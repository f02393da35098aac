package dev.hermod.skills.internal;

import java.time.Duration;
import java.time.Instant;

import dev.hermod.api.skill.Skill.Provenance;

/**
 * How much a skill is trusted, from 0 to 1. A judged success moves it a share of the way to 1, a
 * failure a larger share of the way to 0 (one failure outweighs one success: a playbook that
 * misleads costs more than one that helps saves). The person's own {@code /good} or {@code /bad}
 * counts double. Disuse halves it every {@code halfLife}, so skills nobody needs sink towards
 * retirement.
 */
record Confidence(Duration halfLife) {

    static final double SUCCESS_STEP = 0.15;
    static final double FAILURE_STEP = 0.25;

    /** Where a skill starts: the operator's own and shipped skills are trusted more than the agent's drafts. */
    static double initial(Provenance provenance) {
        return switch (provenance) {
            case BUNDLED, USER -> 0.7;
            case AGENT -> 0.5;
            case HUB -> 0.4;
        };
    }

    static double after(double confidence, boolean success, boolean explicit) {
        double weight = explicit ? 2 : 1;
        double next = success ? confidence + SUCCESS_STEP * weight * (1 - confidence)
                : confidence - FAILURE_STEP * weight * confidence;
        return Math.max(0, Math.min(1, next));
    }

    /** The confidence after decay: halved per {@code halfLife} since the last use (or since it appeared). */
    double decayed(double confidence, Instant lastUsed, Instant firstSeen, Instant now) {
        Instant since = lastUsed != null ? lastUsed : firstSeen;
        if (since == null || halfLife.isZero() || halfLife.isNegative()) return confidence;
        double idle = Math.max(0, Duration.between(since, now).toMillis());
        return confidence * Math.pow(0.5, idle / halfLife.toMillis());
    }
}
