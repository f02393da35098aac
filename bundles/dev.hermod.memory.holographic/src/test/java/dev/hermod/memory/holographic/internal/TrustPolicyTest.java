package dev.hermod.memory.holographic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrustPolicyTest {

    private final TrustPolicy trust = TrustPolicy.DEFAULTS;

    @Test
    void feedbackMovesTrustByTheConfiguredStepsAndClamps() {
        assertEquals(0.55, trust.feedback(0.5, true), 1e-9);
        assertEquals(0.40, trust.feedback(0.5, false), 1e-9);
        assertEquals(1.0, trust.feedback(0.98, true), 1e-9);
        assertEquals(0.0, trust.feedback(0.05, false), 1e-9);
    }

    @Test
    void theThresholdGatesRecallAndAContradictionDropsADefaultFactUnderIt() {
        assertTrue(trust.recallable(0.3));
        assertFalse(trust.recallable(0.29));
        assertEquals(0.25, trust.contradicted(0.5), 1e-9);
        assertFalse(trust.recallable(trust.contradicted(trust.initial())));
    }

    @Test
    void valuesOutsideZeroToOneAreRefusedByKey() {
        var e = assertThrows(IllegalArgumentException.class, () -> new TrustPolicy(0.5, 0.05, 0.1, 1.5));
        assertTrue(e.getMessage().startsWith("trust_threshold must be between 0 and 1"));
    }
}
