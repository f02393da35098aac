package dev.hermod.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.Usage;
import dev.hermod.api.session.NewSession;
import dev.hermod.api.session.SearchHit;
import dev.hermod.api.session.SessionInfo;
import dev.hermod.api.session.SessionStore;
import dev.hermod.api.session.StoredMessage;

/** An in-memory session store for unit tests of the loop (the real one is SQLite, tested in its bundle). */
final class MemoryStore implements SessionStore {
    private final Map<String, SessionInfo> sessions = new ConcurrentHashMap<>();
    final Map<String, List<StoredMessage>> messages = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    @Override
    public SessionInfo create(NewSession s) {
        String id = "s" + ids.incrementAndGet();
        Instant now = Instant.now();
        SessionInfo info = new SessionInfo(id, s.sessionKey(), s.platform(), s.userId(), s.model(), "", s.parentId(),
                now, now, 0, Usage.NONE, 0);
        sessions.put(id, info);
        messages.put(id, new ArrayList<>());
        return info;
    }

    @Override public Optional<SessionInfo> get(String id) { return Optional.ofNullable(sessions.get(id)); }

    @Override
    public List<SessionInfo> list(int limit) {
        return sessions.values().stream().sorted(Comparator.comparing(SessionInfo::id).reversed()).limit(limit).toList();
    }

    @Override
    public Optional<SessionInfo> latest(String key) {
        return sessions.values().stream().filter(s -> s.sessionKey().equals(key)).max(Comparator.comparing(SessionInfo::id));
    }

    @Override
    public synchronized void append(String id, List<ChatMessage> list) {
        List<StoredMessage> stored = messages.get(id);
        for (ChatMessage m : list) stored.add(new StoredMessage(id, stored.size() + 1, m, Instant.now()));
    }

    @Override public synchronized List<StoredMessage> messages(String id) { return List.copyOf(messages.get(id)); }

    @Override public void addUsage(String id, Usage usage, double cost) {}

    @Override public void setTitle(String id, String title) {}

    @Override public List<SearchHit> search(String query, int limit) { return List.of(); }
}
