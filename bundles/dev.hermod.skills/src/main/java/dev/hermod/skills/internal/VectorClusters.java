package dev.hermod.skills.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * An inverted-file index over unit vectors, for large skill libraries: the vectors are grouped
 * around about √n centroids (spherical k-means), and a task is compared only with the members of
 * the centroids nearest to it. At 10,000 skills that scans about a tenth of them instead of all.
 * A skill in a cluster that is not probed is missed by the semantic side, which is why callers
 * also score the lexical candidates exactly. Immutable once built; built on a background thread.
 */
final class VectorClusters {

    /** Below this many vectors a full scan is cheap (≈ 0.5 ms) and exact: no index. */
    static final int MIN_VECTORS = 2_000;
    /** Share of the clusters probed per task. */
    static final double PROBE_SHARE = 0.12;
    static final int ITERATIONS = 6;

    private final float[] centroids;
    private final int[][] members;
    private final int dimensions;

    private VectorClusters(float[] centroids, int[][] members, int dimensions) {
        this.centroids = centroids;
        this.members = members;
        this.dimensions = dimensions;
    }

    /** The index of {@code vectors} (unit length, all of {@code dimensions}), or null when there are too few. */
    static VectorClusters build(List<float[]> vectors, int dimensions) {
        int n = vectors.size();
        if (n < MIN_VECTORS || dimensions == 0) return null;
        int k = (int) Math.round(Math.sqrt(n));
        Random random = new Random(n * 31L + dimensions); // deterministic: the same library gives the same index
        float[] centroids = new float[k * dimensions];
        int[] seeds = random.ints(0, n).distinct().limit(k).toArray();
        for (int c = 0; c < k; c++) System.arraycopy(vectors.get(seeds[c]), 0, centroids, c * dimensions, dimensions);
        int[] assigned = new int[n];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            for (int i = 0; i < n; i++) assigned[i] = nearest(centroids, k, dimensions, vectors.get(i));
            recentre(vectors, assigned, centroids, k, dimensions, random);
        }
        for (int i = 0; i < n; i++) assigned[i] = nearest(centroids, k, dimensions, vectors.get(i));
        List<List<Integer>> lists = new ArrayList<>();
        for (int c = 0; c < k; c++) lists.add(new ArrayList<>());
        for (int i = 0; i < n; i++) lists.get(assigned[i]).add(i);
        int[][] members = lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        return new VectorClusters(centroids, members, dimensions);
    }

    /** The vectors in the clusters nearest to {@code task}, in index order. */
    int[] probe(float[] task) {
        int k = members.length;
        int probes = Math.max(1, (int) Math.ceil(k * PROBE_SHARE));
        double[] score = new double[k];
        Integer[] order = new Integer[k];
        for (int c = 0; c < k; c++) {
            score[c] = dot(task, centroids, c * dimensions);
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        int size = 0;
        for (int p = 0; p < probes; p++) size += members[order[p]].length;
        int[] out = new int[size];
        int at = 0;
        for (int p = 0; p < probes; p++) {
            int[] m = members[order[p]];
            System.arraycopy(m, 0, out, at, m.length);
            at += m.length;
        }
        Arrays.sort(out);
        return out;
    }

    int clusters() {
        return members.length;
    }

    private static int nearest(float[] centroids, int k, int dimensions, float[] vector) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double s = dot(vector, centroids, c * dimensions);
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return best;
    }

    /** Each centroid becomes the normalised mean of its members; an empty one is reseeded at random. */
    private static void recentre(List<float[]> vectors, int[] assigned, float[] centroids, int k, int dimensions,
            Random random) {
        float[] sums = new float[k * dimensions];
        int[] counts = new int[k];
        for (int i = 0; i < assigned.length; i++) {
            float[] v = vectors.get(i);
            int at = assigned[i] * dimensions;
            for (int j = 0; j < dimensions; j++) sums[at + j] += v[j];
            counts[assigned[i]]++;
        }
        for (int c = 0; c < k; c++) {
            int at = c * dimensions;
            if (counts[c] == 0) {
                System.arraycopy(vectors.get(random.nextInt(vectors.size())), 0, sums, at, dimensions);
            }
            double norm = 0;
            for (int j = 0; j < dimensions; j++) norm += sums[at + j] * sums[at + j];
            double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
            for (int j = 0; j < dimensions; j++) centroids[at + j] = (float) (sums[at + j] * scale);
        }
    }

    private static double dot(float[] a, float[] rows, int offset) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * rows[offset + i];
        return s;
    }
}
