package dev.hermod.bench.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each dataset turn went: its (session id, seq, role, stored text) in the session store and,
 * for hybrid recall, its fact id in the holographic memory. Maps recalled lines back to turn ids.
 */
final class TurnIndex {

    private record Stored(long seq, String role, String text, String turnId) {}

    private final Map<String, List<Stored>> bySession = new HashMap<>();
    private final Map<Long, String> byFact = new HashMap<>();

    void stored(String sessionId, long seq, String role, String text, String turnId) {
        bySession.computeIfAbsent(sessionId, k -> new ArrayList<>()).add(new Stored(seq, role, normal(text), turnId));
    }

    void fact(long factId, String turnId) {
        byFact.put(factId, turnId);
    }

    int facts() {
        return byFact.size();
    }

    /** The turn a fact was made from, or null. */
    String turnOfFact(long factId) {
        return byFact.get(factId);
    }

    /**
     * The turn of session {@code sessionId} and {@code role} whose text holds {@code snippet}, or null.
     * The built-in recall shows an FTS5 snippet (up to 24 tokens, '…' where text was left out), not the
     * seq; the longest '…'-free piece of it is looked up in the stored texts, earliest seq first.
     */
    String turnOfSnippet(String sessionId, String role, String snippet) {
        String piece = longestPiece(snippet);
        if (piece.isEmpty()) return null;
        for (Stored s : bySession.getOrDefault(sessionId, List.of())) {
            if (s.role().equals(role) && s.text().contains(piece)) return s.turnId();
        }
        return null;
    }

    static String longestPiece(String snippet) {
        String best = "";
        for (String piece : normal(snippet).split("…")) {
            String p = piece.strip();
            if (p.length() > best.length()) best = p;
        }
        return best;
    }

    static String normal(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
