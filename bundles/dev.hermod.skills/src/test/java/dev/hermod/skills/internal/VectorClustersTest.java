package dev.hermod.skills.internal;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class VectorClustersTest {

    static final int DIMENSIONS = 64;

    /** {@code n} unit vectors scattered around {@code topics} random directions, as skills cluster by topic. */
    static List<float[]> topical(int n, int topics, Random random) {
        List<float[]> centres = new ArrayList<>();
        for (int t = 0; t < topics; t++) centres.add(unit(random, null, 0));
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < n; i++) vectors.add(unit(random, centres.get(i % topics), 0.35));
        return vectors;
    }

    static float[] unit(Random random, float[] around, double noise) {
        float[] v = new float[DIMENSIONS];
        double norm = 0;
        for (int j = 0; j < DIMENSIONS; j++) {
            v[j] = (float) ((around == null ? 0 : around[j]) + (around == null ? 1 : noise) * random.nextGaussian()
                    / Math.sqrt(DIMENSIONS));
            norm += v[j] * v[j];
        }
        for (int j = 0; j < DIMENSIONS; j++) v[j] /= (float) Math.sqrt(norm);
        return v;
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    @Test
    void aSmallLibraryGetsNoIndex() {
        assertNull(VectorClusters.build(topical(VectorClusters.MIN_VECTORS - 1, 20, new Random(1)), DIMENSIONS));
    }

    @Test
    void theProbedClustersHoldTheNearestVectorsWhileScanningAFraction() {
        Random random = new Random(7);
        List<float[]> vectors = topical(10_000, 120, random);
        VectorClusters index = VectorClusters.build(vectors, DIMENSIONS);
        int found = 0;
        long scanned = 0;
        int queries = 200;
        for (int q = 0; q < queries; q++) {
            float[] task = unit(random, vectors.get(random.nextInt(vectors.size())), 0.3);
            int best = 0;
            for (int i = 1; i < vectors.size(); i++) if (dot(task, vectors.get(i)) > dot(task, vectors.get(best))) best = i;
            int[] probed = index.probe(task);
            scanned += probed.length;
            if (Arrays.binarySearch(probed, best) >= 0) found++;
        }
        double share = (double) scanned / queries / vectors.size();
        assertTrue(found >= 0.97 * queries, "the exact nearest was among the probed for " + found + "/" + queries);
        assertTrue(share < 0.25, "scanned " + share + " of the library per task");
    }
}
