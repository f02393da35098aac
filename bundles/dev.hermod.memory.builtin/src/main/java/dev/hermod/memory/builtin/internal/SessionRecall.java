package dev.hermod.memory.builtin.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.hermod.api.memory.MemorySearchHit;

/**
 * Searches past sessions' messages in the session store's FTS5 index ({@code session_messages_fts},
 * owned by dev.hermod.store.sqlite), read-only on its own connection. Only sessions of the caller
 * are searched: the local user's (platform {@code cli}) or the same gateway user's. Without the
 * store's tables there is simply nothing to find.
 */
final class SessionRecall implements AutoCloseable {

    static final int PER_SESSION = 2;
    /** Below this many stored messages every word is searched: ranking them all is cheap. */
    static final long SMALL_HISTORY = 1_000;
    /** In a larger history, a word found in more than this share of messages is not searched. */
    static final double COMMON_SHARE = 0.05;

    private static final String VOCABULARY = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.hermod_session_vocab"
            + " USING fts5vocab(main, session_messages_fts, row)";
    private static final String DOCUMENTS = "SELECT doc FROM temp.hermod_session_vocab WHERE term = ?";
    private static final String SIZE = "SELECT COALESCE(MAX(id), 0) FROM session_messages";
    private static final int SNIPPET_TOKENS = 24;
    /** How much of a message recall by embeddings shows (about as long as a 24-token snippet). */
    static final int MESSAGE_START = 160;

    private static final String TABLES = "SELECT COUNT(*) FROM sqlite_master WHERE name IN"
            + " ('session_messages_fts', 'session_messages', 'session_sessions')";

    private static final String SEARCH = """
            SELECT m.session_id, m.role, snippet(session_messages_fts, 0, '', '', '…', %d), bm25(session_messages_fts),
                   m.id, m.created_at
            FROM session_messages_fts
              JOIN session_messages m ON m.id = session_messages_fts.rowid
              JOIN session_sessions s ON s.id = m.session_id
            WHERE session_messages_fts MATCH ? AND m.session_id <> ? AND m.role IN ('user', 'assistant') AND %s
            ORDER BY 4 LIMIT ?""";

    private final Path file;
    private final int busyTimeoutMs;
    private Connection connection;

    SessionRecall(Path file, int busyTimeoutMs) {
        this.file = file;
        this.busyTimeoutMs = busyTimeoutMs;
    }

    /** The best snippets from other sessions of {@code scope}, best first, at most two per session. */
    synchronized List<RecallHit> search(List<String> words, String currentSessionId, MemoryScope scope, int limit)
            throws SQLException {
        if (!Files.exists(file)) return List.of();
        Connection db = connection();
        if (!storeTablesExist(db)) return List.of();
        String match = FtsTerms.anyOf(informative(db, words));
        if (match.isEmpty()) return List.of();
        String where = scope.local() ? "s.platform IN ('cli', '')" : "s.platform = ? AND s.user_id = ?";
        try (PreparedStatement query = db.prepareStatement(SEARCH.formatted(SNIPPET_TOKENS, where))) {
            int at = 1;
            query.setString(at++, match);
            query.setString(at++, currentSessionId);
            if (!scope.local()) {
                query.setString(at++, scope.platform());
                query.setString(at++, scope.userId());
            }
            query.setInt(at, limit * PER_SESSION);
            return hits(query, limit);
        }
    }

    @Override
    public synchronized void close() {
        if (connection == null) return;
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing: nothing useful can be done
        }
        connection = null;
    }

    private static List<RecallHit> hits(PreparedStatement query, int limit) throws SQLException {
        List<RecallHit> hits = new ArrayList<>();
        Map<String, Integer> perSession = new HashMap<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next() && hits.size() < limit) {
                String session = rows.getString(1);
                if (perSession.merge(session, 1, Integer::sum) > PER_SESSION) continue;
                hits.add(hit(rows.getLong(5), rows.getDouble(4), session, rows.getString(2), rows.getLong(6),
                        rows.getString(3)));
            }
        }
        return hits;
    }

    /**
     * The words worth searching. bm25 must score every message a word matches, so in a long history
     * a word found in a large share of all messages costs a lot per turn and tells nothing about
     * relevance. Counts come from FTS5's own vocabulary (a per-connection temp table: nothing is
     * added to the store's schema). A word the vocabulary does not list as typed (its stem differs)
     * is kept.
     */
    static List<String> informative(Connection db, List<String> words) throws SQLException {
        long messages;
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(SIZE)) {
            messages = rows.next() ? rows.getLong(1) : 0;
        }
        if (messages < SMALL_HISTORY) return words;
        try (Statement s = db.createStatement()) {
            // the reader is query_only; the vocabulary table lives in this connection's temp schema
            s.execute("PRAGMA query_only = OFF");
            try {
                s.execute(VOCABULARY);
            } finally {
                s.execute("PRAGMA query_only = ON");
            }
        }
        long common = (long) (messages * COMMON_SHARE);
        List<String> kept = new ArrayList<>();
        try (PreparedStatement count = db.prepareStatement(DOCUMENTS)) {
            for (String word : words) {
                count.setString(1, word);
                try (ResultSet rows = count.executeQuery()) {
                    if (!rows.next() || rows.getLong(1) <= common) kept.add(word);
                }
            }
        }
        return kept;
    }

    /**
     * The messages {@code ids} (for recall by embeddings), each as a hit with rank 0 and the start
     * of its text; ids that no longer exist are left out.
     */
    synchronized Map<Long, RecallHit> messages(List<Long> ids) throws SQLException {
        Map<Long, RecallHit> out = new HashMap<>();
        if (ids.isEmpty() || !Files.exists(file)) return out;
        Connection db = connection();
        if (!storeTablesExist(db)) return out;
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement query = db.prepareStatement("SELECT id, session_id, role, created_at, substr(text, 1, "
                + (MESSAGE_START + 1) + ") FROM session_messages WHERE id IN (" + marks + ")")) {
            for (int i = 0; i < ids.size(); i++) query.setLong(i + 1, ids.get(i));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String text = rows.getString(5).replaceAll("\\s+", " ").strip();
                    if (text.length() > MESSAGE_START) text = text.substring(0, MESSAGE_START - 1) + "…";
                    out.put(rows.getLong(1), hit(rows.getLong(1), 0, rows.getString(2), rows.getString(3),
                            rows.getLong(4), text));
                }
            }
        }
        return out;
    }

    private static RecallHit hit(long id, double rank, String session, String role, long at, String text) {
        return new RecallHit("message:" + id, rank, MemorySearchHit.Source.SESSION, session, at,
                "session " + session + ", " + role, text.replaceAll("\\s+", " ").strip());
    }

    private static boolean storeTablesExist(Connection db) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(TABLES)) {
            return rows.next() && rows.getInt(1) == 3;
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) connection = StateFile.openReader(file, busyTimeoutMs);
        return connection;
    }
}
