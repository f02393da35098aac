package dev.hermod.store.sqlite.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables this bundle owns in state.db (all prefixed {@code session_}) and the migrations that
 * build them. {@code session_schema_version} holds one row per applied migration.
 */
final class SessionSchema {

    private static final String VERSION_TABLE = """
            CREATE TABLE IF NOT EXISTS session_schema_version (
              version     INTEGER PRIMARY KEY,
              description TEXT    NOT NULL,
              applied_at  INTEGER NOT NULL
            )""";

    private final List<Migration> migrations;

    SessionSchema(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    /** The schema of this bundle version. */
    static SessionSchema current() {
        return new SessionSchema(List.of(V1_SESSIONS_AND_MESSAGES));
    }

    /** The newest version this code knows. */
    int latestVersion() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    /**
     * Applies the missing migrations. Runs inside the caller's write transaction, so two processes
     * starting at once apply each step exactly once.
     *
     * @return the version the database is at afterwards
     */
    int migrate(Connection connection, long nowMicros) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(VERSION_TABLE);
        }
        int installed = installedVersion(connection);
        if (installed > latestVersion()) {
            throw new IllegalStateException("The state database has session schema version " + installed
                    + " but this Hermod knows only up to " + latestVersion()
                    + "; it was written by a newer Hermod. Upgrade Hermod or use another 'path'.");
        }
        for (Migration migration : migrations) {
            if (migration.version() > installed) apply(connection, migration, nowMicros);
        }
        return installedVersion(connection);
    }

    static int installedVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM session_schema_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static void apply(Connection connection, Migration migration, long nowMicros) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : migration.statements()) statement.execute(sql);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO session_schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
            insert.setInt(1, migration.version());
            insert.setString(2, migration.description());
            insert.setLong(3, nowMicros);
            insert.executeUpdate();
        }
    }

    // Times are microseconds since the epoch (UTC).
    static final Migration V1_SESSIONS_AND_MESSAGES = new Migration(1, "sessions, messages and their FTS5 index", List.of(
            """
            CREATE TABLE session_sessions (
              id            TEXT PRIMARY KEY,
              session_key   TEXT    NOT NULL,
              platform      TEXT    NOT NULL DEFAULT '',
              user_id       TEXT    NOT NULL DEFAULT '',
              model         TEXT    NOT NULL DEFAULT '',
              title         TEXT    NOT NULL DEFAULT '',
              parent_id     TEXT    REFERENCES session_sessions(id),
              created_at    INTEGER NOT NULL,
              updated_at    INTEGER NOT NULL,
              message_count INTEGER NOT NULL DEFAULT 0,
              input_tokens  INTEGER NOT NULL DEFAULT 0,
              output_tokens INTEGER NOT NULL DEFAULT 0,
              cached_tokens INTEGER NOT NULL DEFAULT 0,
              cost_usd      REAL    NOT NULL DEFAULT 0
            )""",
            "CREATE INDEX session_sessions_by_key ON session_sessions (session_key, updated_at)",
            "CREATE INDEX session_sessions_by_update ON session_sessions (updated_at)",
            "CREATE INDEX session_sessions_by_parent ON session_sessions (parent_id)",
            """
            CREATE TABLE session_messages (
              id           INTEGER PRIMARY KEY,
              session_id   TEXT    NOT NULL REFERENCES session_sessions(id),
              seq          INTEGER NOT NULL,
              role         TEXT    NOT NULL CHECK (role IN ('system', 'user', 'assistant', 'tool')),
              text         TEXT    NOT NULL,
              tool_calls   TEXT,
              tool_call_id TEXT,
              tool_name    TEXT,
              created_at   INTEGER NOT NULL,
              UNIQUE (session_id, seq)
            )""",
            """
            CREATE VIRTUAL TABLE session_messages_fts USING fts5(
              text, content = 'session_messages', content_rowid = 'id',
              tokenize = 'porter unicode61 remove_diacritics 2'
            )""",
            """
            CREATE TRIGGER session_messages_fts_insert AFTER INSERT ON session_messages BEGIN
              INSERT INTO session_messages_fts (rowid, text) VALUES (new.id, new.text);
            END""",
            """
            CREATE TRIGGER session_messages_fts_delete AFTER DELETE ON session_messages BEGIN
              INSERT INTO session_messages_fts (session_messages_fts, rowid, text) VALUES ('delete', old.id, old.text);
            END""",
            """
            CREATE TRIGGER session_messages_fts_update AFTER UPDATE OF text ON session_messages BEGIN
              INSERT INTO session_messages_fts (session_messages_fts, rowid, text) VALUES ('delete', old.id, old.text);
              INSERT INTO session_messages_fts (rowid, text) VALUES (new.id, new.text);
            END"""));
}
