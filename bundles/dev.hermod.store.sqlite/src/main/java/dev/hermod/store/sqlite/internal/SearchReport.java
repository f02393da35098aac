package dev.hermod.store.sqlite.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.hermod.api.session.SearchHit;
import dev.hermod.api.session.SessionInfo;

/** Formats search hits for the model: grouped by session, best session first, compact. */
final class SearchReport {

    static final int HITS_PER_SESSION = 3;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Function<String, Optional<SessionInfo>> sessions;

    SearchReport(Function<String, Optional<SessionInfo>> sessions) {
        this.sessions = sessions;
    }

    String format(String query, List<SearchHit> hits, int maxSessions, String currentSessionId) {
        Map<String, List<SearchHit>> bySession = group(hits, maxSessions);
        if (bySession.isEmpty()) {
            return "No past messages match \"" + query + "\". Try fewer or different words, or a word* prefix.";
        }
        int shown = bySession.values().stream().mapToInt(List::size).sum();
        StringBuilder out = new StringBuilder("Matches for \"").append(query).append("\": ").append(shown)
                .append(shown == 1 ? " message" : " messages").append(" in ").append(bySession.size())
                .append(bySession.size() == 1 ? " session" : " sessions").append(", best first.\n");
        int n = 0;
        for (Map.Entry<String, List<SearchHit>> group : bySession.entrySet()) {
            out.append('\n').append(++n).append(". ").append(header(group.getKey(), currentSessionId)).append('\n');
            for (SearchHit hit : group.getValue()) {
                out.append("   #").append(hit.seq()).append(' ').append(hit.role()).append(" (")
                        .append(date(hit.createdAt())).append("): ").append(oneLine(hit.snippet())).append('\n');
            }
        }
        out.append("\nTo read a conversation around a hit, call session_search with session_id and around_seq (the #number).");
        return out.toString();
    }

    /** The one-line description of a session. */
    String header(String sessionId, String currentSessionId) {
        StringBuilder line = new StringBuilder("Session ").append(sessionId);
        sessions.apply(sessionId).ifPresent(s -> line.append(" \"")
                .append(s.title().isEmpty() ? "untitled" : oneLine(s.title())).append("\" · ")
                .append(s.sessionKey()).append(" · started ").append(date(s.createdAt())).append(" · ")
                .append(s.messageCount()).append(s.messageCount() == 1 ? " message" : " messages"));
        if (sessionId.equals(currentSessionId)) line.append(" (this session)");
        return line.toString();
    }

    static String date(Instant instant) {
        return DATE.format(instant);
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static Map<String, List<SearchHit>> group(List<SearchHit> hits, int maxSessions) {
        Map<String, List<SearchHit>> bySession = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            if (!bySession.containsKey(hit.sessionId()) && bySession.size() >= maxSessions) continue;
            List<SearchHit> group = bySession.computeIfAbsent(hit.sessionId(), id -> new ArrayList<>());
            if (group.size() < HITS_PER_SESSION) group.add(hit);
        }
        return bySession;
    }
}
