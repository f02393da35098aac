package dev.hermod.memory.holographic.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PhaseVectorTest {

    private static final int D = 1024;

    @Test
    void aVectorIsFullySimilarToItselfAndTheSameSymbolGivesTheSameVector() {
        PhaseVector a = PhaseVector.of("alice", D);
        assertEquals(1.0, a.similarity(a), 1e-6);
        assertEquals(1.0, a.similarity(PhaseVector.of("alice", D)), 1e-6);
        assertArrayEquals(a.toBytes(), PhaseVector.of("alice", D).toBytes());
    }

    @Test
    void unrelatedSymbolsAreNearlyOrthogonal() {
        // the mean of 1024 cosines of independent uniform angles has a standard deviation of about 0.022
        for (int i = 0; i < 20; i++) {
            double s = PhaseVector.of("left" + i, D).similarity(PhaseVector.of("right" + i, D));
            assertTrue(Math.abs(s) < 0.12, "similarity " + s);
        }
    }

    @Test
    void unbindingUndoesBinding() {
        PhaseVector role = PhaseVector.of("role:city", D);
        PhaseVector filler = PhaseVector.of("berlin", D);
        assertEquals(1.0, role.bind(filler).unbind(role).similarity(filler), 1e-5);
        assertTrue(Math.abs(role.bind(filler).similarity(filler)) < 0.12, "binding hides the filler");
    }

    @Test
    void aBoundPairIsRetrievableFromABundleByUnbindingItsRole() {
        PhaseVector name = PhaseVector.of("role:name", D), city = PhaseVector.of("role:city", D),
                pet = PhaseVector.of("role:pet", D);
        PhaseVector alice = PhaseVector.of("alice", D), berlin = PhaseVector.of("berlin", D),
                cat = PhaseVector.of("cat", D);
        PhaseVector record = PhaseVector.bundle(List.of(name.bind(alice), city.bind(berlin), pet.bind(cat)), D);
        PhaseVector probe = record.unbind(city);
        double hit = probe.similarity(berlin);
        assertTrue(hit > 0.3, "the city filler is recovered: " + hit);
        assertTrue(Math.abs(probe.similarity(alice)) < 0.12, "the other fillers are not");
        assertTrue(Math.abs(probe.similarity(cat)) < 0.12);
        assertTrue(Math.abs(probe.similarity(PhaseVector.of("paris", D))) < 0.12);
    }

    @Test
    void aBundleIsSimilarToEachPartAndBytesRoundTrip() {
        PhaseVector a = PhaseVector.of("a", D), b = PhaseVector.of("b", D);
        PhaseVector both = PhaseVector.bundle(List.of(a, b), D);
        assertTrue(both.similarity(a) > 0.5 && both.similarity(b) > 0.5);
        assertEquals(1.0, PhaseVector.fromBytes(both.toBytes(), D).similarity(both), 1e-6);
        assertEquals(D * 4, both.toBytes().length);
        assertNull(PhaseVector.fromBytes(both.toBytes(), 512), "a vector of another dimension is not read");
    }

    @Test
    void theHashIsStable() {
        // pinned: stored vectors depend on it, so it must never change between versions
        assertEquals(StableHash.of("alice"), StableHash.of("alice"));
        assertTrue(StableHash.of("alice") != StableHash.of("Alice"));
    }
}
