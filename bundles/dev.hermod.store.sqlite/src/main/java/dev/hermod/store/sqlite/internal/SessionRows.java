package dev.hermod.store.sqlite.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.hermod.api.llm.Usage;
import dev.hermod.api.session.NewSession;
import dev.hermod.api.session.SessionInfo;

/** SQL over {@code session_sessions}. Every method runs on a connection the caller supplies. */
final class SessionRows {

    private static final String COLUMNS = "id, session_key, platform, user_id, model, title, parent_id, created_at,"
            + " updated_at, message_count, input_tokens, output_tokens, cached_tokens, cost_usd";

    void insert(Connection c, String id, NewSession s, long now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO session_sessions (id, session_key, platform,"
                + " user_id, model, parent_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, s.sessionKey());
            insert.setString(3, s.platform());
            insert.setString(4, s.userId());
            insert.setString(5, s.model());
            insert.setString(6, s.parentId().isEmpty() ? null : s.parentId());
            insert.setLong(7, now);
            insert.setLong(8, now);
            insert.executeUpdate();
        }
    }

    boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM session_sessions WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    Optional<SessionInfo> get(Connection c, String id) throws SQLException {
        return first(query(c, "SELECT " + COLUMNS + " FROM session_sessions WHERE id = ?", id));
    }

    List<SessionInfo> list(Connection c, int limit) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM session_sessions ORDER BY updated_at DESC, id DESC LIMIT ?", limit);
    }

    Optional<SessionInfo> latest(Connection c, String sessionKey) throws SQLException {
        return first(query(c, "SELECT " + COLUMNS + " FROM session_sessions WHERE session_key = ?"
                + " ORDER BY updated_at DESC, id DESC LIMIT 1", sessionKey));
    }

    /** The message count, or -1 when the session does not exist. */
    long messageCount(Connection c, String id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT message_count FROM session_sessions WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

    void messagesAppended(Connection c, String id, long count, long now) throws SQLException {
        update(c, "UPDATE session_sessions SET message_count = ?, updated_at = ? WHERE id = ?", count, now, id);
    }

    int addUsage(Connection c, String id, Usage usage, double costUsd) throws SQLException {
        return update(c, "UPDATE session_sessions SET input_tokens = input_tokens + ?, output_tokens = output_tokens + ?,"
                + " cached_tokens = cached_tokens + ?, cost_usd = cost_usd + ? WHERE id = ?",
                usage.inputTokens(), usage.outputTokens(), usage.cachedInputTokens(), costUsd, id);
    }

    int setTitle(Connection c, String id, String title) throws SQLException {
        return update(c, "UPDATE session_sessions SET title = ? WHERE id = ?", title, id);
    }

    private static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) update.setObject(i + 1, values[i]);
            return update.executeUpdate();
        }
    }

    private static List<SessionInfo> query(Connection c, String sql, Object value) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setObject(1, value);
            try (ResultSet rows = query.executeQuery()) {
                List<SessionInfo> sessions = new ArrayList<>();
                while (rows.next()) sessions.add(map(rows));
                return sessions;
            }
        }
    }

    private static Optional<SessionInfo> first(List<SessionInfo> sessions) {
        return sessions.stream().findFirst();
    }

    private static SessionInfo map(ResultSet r) throws SQLException {
        String parent = r.getString("parent_id");
        return new SessionInfo(r.getString("id"), r.getString("session_key"), r.getString("platform"),
                r.getString("user_id"), r.getString("model"), r.getString("title"), parent == null ? "" : parent,
                WriteClock.fromMicros(r.getLong("created_at")), WriteClock.fromMicros(r.getLong("updated_at")),
                r.getLong("message_count"),
                new Usage(r.getLong("input_tokens"), r.getLong("output_tokens"), r.getLong("cached_tokens")),
                r.getDouble("cost_usd"));
    }
}
