package dev.hermod.memory.holographic.internal;

/**
 * How trust starts, moves and gates recall. Trust lives in 0..1.
 *
 * @param initial trust of a new fact
 * @param helpfulDelta added by helpful feedback
 * @param unhelpfulDelta taken away by unhelpful feedback
 * @param threshold facts below it are never recalled
 */
record TrustPolicy(double initial, double helpfulDelta, double unhelpfulDelta, double threshold) {

    static final TrustPolicy DEFAULTS = new TrustPolicy(0.5, 0.05, 0.10, 0.3);

    TrustPolicy {
        check("trust_default", initial);
        check("trust_helpful_delta", helpfulDelta);
        check("trust_unhelpful_delta", unhelpfulDelta);
        check("trust_threshold", threshold);
    }

    /** Trust after one piece of feedback, clamped to 0..1. */
    double feedback(double trust, boolean helpful) {
        return clamp(helpful ? trust + helpfulDelta : trust - unhelpfulDelta);
    }

    /** Trust of a fact that has just been contradicted: halved, so a default fact drops under the default threshold. */
    double contradicted(double trust) {
        return clamp(trust / 2);
    }

    boolean recallable(double trust) {
        return trust >= threshold;
    }

    private static double clamp(double trust) {
        return Math.max(0, Math.min(1, trust));
    }

    private static void check(String key, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(key + " must be between 0 and 1, not " + value + ".");
        }
    }
}
