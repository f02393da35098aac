package dev.hermod.memory.builtin.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The session store's tables in the shape dev.hermod.store.sqlite creates them (SessionSchema V1),
 * so recall is tested against the real FTS5 layout it reads.
 */
final class SessionTables {

    private final Db db;
    private int nextId = 1;

    SessionTables(Db db) throws SQLException {
        this.db = db;
        db.execute("""
                CREATE TABLE session_sessions (
                  id TEXT PRIMARY KEY, session_key TEXT NOT NULL, platform TEXT NOT NULL DEFAULT '',
                  user_id TEXT NOT NULL DEFAULT '', model TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',
                  parent_id TEXT REFERENCES session_sessions(id), created_at INTEGER NOT NULL,
                  updated_at INTEGER NOT NULL, message_count INTEGER NOT NULL DEFAULT 0,
                  input_tokens INTEGER NOT NULL DEFAULT 0, output_tokens INTEGER NOT NULL DEFAULT 0,
                  cached_tokens INTEGER NOT NULL DEFAULT 0, cost_usd REAL NOT NULL DEFAULT 0)""");
        db.execute("""
                CREATE TABLE session_messages (
                  id INTEGER PRIMARY KEY, session_id TEXT NOT NULL REFERENCES session_sessions(id),
                  seq INTEGER NOT NULL, role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant', 'tool')),
                  text TEXT NOT NULL, tool_calls TEXT, tool_call_id TEXT, tool_name TEXT,
                  created_at INTEGER NOT NULL, UNIQUE (session_id, seq))""");
        db.execute("""
                CREATE VIRTUAL TABLE session_messages_fts USING fts5(
                  text, content = 'session_messages', content_rowid = 'id',
                  tokenize = 'porter unicode61 remove_diacritics 2')""");
        db.execute("""
                CREATE TRIGGER session_messages_fts_insert AFTER INSERT ON session_messages BEGIN
                  INSERT INTO session_messages_fts (rowid, text) VALUES (new.id, new.text);
                END""");
    }

    void session(String id, String key, String platform, String userId) throws SQLException {
        try (PreparedStatement insert = db.connection().prepareStatement("INSERT INTO session_sessions"
                + " (id, session_key, platform, user_id, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 1)")) {
            insert.setString(1, id);
            insert.setString(2, key);
            insert.setString(3, platform);
            insert.setString(4, userId);
            insert.executeUpdate();
        }
    }

    void message(String sessionId, String role, String text) throws SQLException {
        try (PreparedStatement insert = db.connection().prepareStatement("INSERT INTO session_messages"
                + " (session_id, seq, role, text, created_at) VALUES (?, ?, ?, ?, 1)")) {
            insert.setString(1, sessionId);
            insert.setInt(2, nextId++);
            insert.setString(3, role);
            insert.setString(4, text);
            insert.executeUpdate();
        }
    }
}
