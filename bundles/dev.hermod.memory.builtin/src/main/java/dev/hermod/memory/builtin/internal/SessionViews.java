package dev.hermod.memory.builtin.internal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What each live session has seen of each memory file: the entries of its prompt snapshot, the
 * entries it wrote itself, and the entries a tool result showed it in full. The model builds a
 * consolidation from that view, so an entry outside it (added by another session or by hand since)
 * must never be dropped unseen. Bounded like the snapshots: the least recently used sessions are
 * forgotten first, and a forgotten session has seen nothing.
 */
final class SessionViews {

    private final Map<String, Map<MemoryTarget, Set<String>>> views;

    SessionViews(int capacity) {
        views = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<MemoryTarget, Set<String>>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The session has now seen {@code entries} of {@code target}. */
    synchronized void saw(String sessionId, MemoryTarget target, Collection<String> entries) {
        views.computeIfAbsent(sessionId, id -> new EnumMap<>(MemoryTarget.class))
                .computeIfAbsent(target, t -> new HashSet<>()).addAll(entries);
    }

    /** Whether the session has seen {@code entry} in {@code target}. */
    synchronized boolean seen(String sessionId, MemoryTarget target, String entry) {
        Map<MemoryTarget, Set<String>> view = views.get(sessionId);
        return view != null && view.getOrDefault(target, Set.of()).contains(entry);
    }

    synchronized void forget(String sessionId) {
        views.remove(sessionId);
    }
}
