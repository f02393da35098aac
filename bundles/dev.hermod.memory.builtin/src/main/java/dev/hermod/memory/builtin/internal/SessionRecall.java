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

/**
 * Searches past sessions' messages in the session store's FTS5 index ({@code session_messages_fts},
 * owned by dev.hermod.store.sqlite), read-only on its own connection. Only sessions of the caller
 * are searched: the local user's (platform {@code cli}) or the same gateway user's. Without the
 * store's tables there is simply nothing to find.
 */
final class SessionRecall implements AutoCloseable {

    static final int PER_SESSION = 2;
    private static final int SNIPPET_TOKENS = 24;

    private static final String TABLES = "SELECT COUNT(*) FROM sqlite_master WHERE name IN"
            + " ('session_messages_fts', 'session_messages', 'session_sessions')";

    private static final String SEARCH = """
            SELECT m.session_id, m.role, snippet(session_messages_fts, 0, '', '', '…', %d), bm25(session_messages_fts)
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
    synchronized List<RecallHit> search(String match, String currentSessionId, MemoryScope scope, int limit)
            throws SQLException {
        if (!Files.exists(file)) return List.of();
        Connection db = connection();
        if (!storeTablesExist(db)) return List.of();
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
                String text = rows.getString(3).replaceAll("\\s+", " ").strip();
                hits.add(new RecallHit(rows.getDouble(4), "- [session " + session + ", " + rows.getString(2) + "] "
                        + text));
            }
        }
        return hits;
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
