package dev.hermod.memory.builtin.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * The vectors of one embedding model, in memory, searched by brute force: at a few thousand to a
 * few hundred thousand texts a scan of dot products takes milliseconds and needs no index to keep
 * in step. Thread-safe: the indexer adds while sessions search.
 */
final class VectorIndex {

    /** One vector and what it was made from. */
    record Entry(VectorKind kind, long refId, String scope, String sessionId, float[] vector) {}

    /** A search result. */
    record Scored(Entry entry, double similarity) {}

    private final String model;
    private final int dimensions;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<VectorKind, Long> watermarks = new EnumMap<>(VectorKind.class);

    VectorIndex(String model, int dimensions) {
        this.model = model;
        this.dimensions = dimensions;
    }

    String model() { return model; }

    int dimensions() { return dimensions; }

    /** Adds an entry; vectors of another length (another model under the same id) are ignored. */
    synchronized void add(Entry entry) {
        if (entry.vector().length != dimensions) return;
        entries.add(entry);
        watermarks.merge(entry.kind(), entry.refId(), Math::max);
    }

    /** The highest ref id of {@code kind} held; 0 for none. */
    synchronized long watermark(VectorKind kind) {
        return watermarks.getOrDefault(kind, 0L);
    }

    synchronized int size() {
        return entries.size();
    }

    /** The {@code limit} entries most similar to {@code query} among those {@code eligible}, at least {@code floor}, best first. */
    synchronized List<Scored> nearest(float[] query, Predicate<Entry> eligible, int limit, double floor) {
        if (query.length != dimensions || limit <= 0) return List.of();
        PriorityQueue<Scored> best = new PriorityQueue<>(Comparator.comparingDouble(Scored::similarity));
        for (Entry entry : entries) {
            if (!eligible.test(entry)) continue;
            double similarity = Vectors.dot(query, entry.vector());
            if (similarity < floor) continue;
            if (best.size() < limit) best.add(new Scored(entry, similarity));
            else if (similarity > best.peek().similarity()) {
                best.poll();
                best.add(new Scored(entry, similarity));
            }
        }
        List<Scored> out = new ArrayList<>(best);
        out.sort(Comparator.comparingDouble(Scored::similarity).reversed());
        return out;
    }
}
