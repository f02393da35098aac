package dev.hermod.memory.builtin.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The prompt block of each live session, taken once so the system prompt stays byte-stable (and
 * provider prompt caches keep hitting) while the memory tool writes. Bounded: the least recently
 * used sessions are forgotten first.
 */
final class SnapshotCache {

    private final Map<String, String> blocks;

    SnapshotCache(int capacity) {
        blocks = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The session's block, taking it now if the session has none yet. */
    synchronized String get(String sessionId, Supplier<String> take) {
        return blocks.computeIfAbsent(sessionId, id -> take.get());
    }

    synchronized void forget(String sessionId) {
        blocks.remove(sessionId);
    }
}
