package dev.hermod.memory.builtin.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * This bundle's tables in state.db (all prefixed {@code memory_}). {@code memory_schema_version}
 * holds one row per applied step; a change is a new step appended to {@link #STEPS}, never an
 * edit of an old one.
 */
final class ArchiveSchema {

    private record Step(int version, String description, List<String> statements) {}

    private static final String VERSION_TABLE = """
            CREATE TABLE IF NOT EXISTS memory_schema_version (
              version     INTEGER PRIMARY KEY,
              description TEXT    NOT NULL,
              applied_at  INTEGER NOT NULL
            )""";

    private static final List<Step> STEPS = List.of(
            new Step(1, "append-only memory archive with FTS5", List.of(
            """
            CREATE TABLE memory_archive (
              id         INTEGER PRIMARY KEY,
              created_at INTEGER NOT NULL,
              session_id TEXT    NOT NULL,
              scope      TEXT    NOT NULL,
              target     TEXT    NOT NULL CHECK (target IN ('memory', 'user')),
              action     TEXT    NOT NULL CHECK (action IN ('ADD', 'REPLACE', 'REMOVE', 'CONSOLIDATE', 'DROPPED',
                                   'REFUSED_ADD', 'REFUSED_REPLACE', 'REFUSED_CONSOLIDATE')),
              reason     TEXT    NOT NULL,
              entry      TEXT    NOT NULL,
              previous   TEXT    NOT NULL DEFAULT '',
              diff       TEXT    NOT NULL DEFAULT '',
              parent_id  INTEGER REFERENCES memory_archive(id)
            )""",
            "CREATE INDEX memory_archive_by_scope ON memory_archive (scope, target, id)",
            """
            CREATE VIRTUAL TABLE memory_archive_fts USING fts5(
              entry, previous, content = 'memory_archive', content_rowid = 'id',
              tokenize = 'porter unicode61 remove_diacritics 2'
            )""",
            """
            CREATE TRIGGER memory_archive_fts_insert AFTER INSERT ON memory_archive BEGIN
              INSERT INTO memory_archive_fts (rowid, entry, previous) VALUES (new.id, new.entry, new.previous);
            END""",
            """
            CREATE TRIGGER memory_archive_no_update BEFORE UPDATE ON memory_archive BEGIN
              SELECT RAISE(ABORT, 'memory_archive is append-only: rows are never changed');
            END""",
            """
            CREATE TRIGGER memory_archive_no_delete BEFORE DELETE ON memory_archive BEGIN
              SELECT RAISE(ABORT, 'memory_archive is append-only: rows are never deleted');
            END""")),
            new Step(2, "append-only user profile log", List.of(
            // the profile is the latest row of each (scope, aspect, key); rows are never changed
            """
            CREATE TABLE memory_profile_log (
              id         INTEGER PRIMARY KEY,
              created_at INTEGER NOT NULL,
              session_id TEXT    NOT NULL,
              scope      TEXT    NOT NULL,
              aspect     TEXT    NOT NULL,
              key        TEXT    NOT NULL,
              action     TEXT    NOT NULL CHECK (action IN ('SET', 'REMOVE')),
              value      TEXT    NOT NULL,
              previous   TEXT    NOT NULL DEFAULT '',
              source     TEXT    NOT NULL,
              reason     TEXT    NOT NULL
            )""",
            "CREATE INDEX memory_profile_by_key ON memory_profile_log (scope, aspect, key, id)",
            """
            CREATE TRIGGER memory_profile_no_update BEFORE UPDATE ON memory_profile_log BEGIN
              SELECT RAISE(ABORT, 'memory_profile_log is append-only: rows are never changed');
            END""",
            """
            CREATE TRIGGER memory_profile_no_delete BEFORE DELETE ON memory_profile_log BEGIN
              SELECT RAISE(ABORT, 'memory_profile_log is append-only: rows are never deleted');
            END""")),
            new Step(3, "embedding vectors for recall, per model", List.of(
            // a cache: rows can be rebuilt from the archive and the session store at any time
            """
            CREATE TABLE memory_vectors (
              model      TEXT    NOT NULL,
              kind       TEXT    NOT NULL CHECK (kind IN ('archive', 'message')),
              ref_id     INTEGER NOT NULL,
              scope      TEXT    NOT NULL,
              session_id TEXT    NOT NULL,
              vector     BLOB    NOT NULL,
              PRIMARY KEY (model, kind, ref_id)
            ) WITHOUT ROWID""")));

    private ArchiveSchema() {}

    static int latestVersion() {
        return STEPS.get(STEPS.size() - 1).version();
    }

    /** Applies the missing steps; runs inside the caller's write transaction, so each applies once. */
    static void migrate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(VERSION_TABLE);
        }
        int installed = installedVersion(connection);
        if (installed > latestVersion()) {
            throw new IllegalStateException("The state database has memory schema version " + installed
                    + " but this Hermod knows only up to " + latestVersion() + "; it was written by a newer Hermod."
                    + " Upgrade Hermod or point state_path in hermod.memory.builtin at another file.");
        }
        for (Step step : STEPS) {
            if (step.version() > installed) apply(connection, step);
        }
    }

    static int installedVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM memory_schema_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static void apply(Connection connection, Step step) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : step.statements()) statement.execute(sql);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO memory_schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
            insert.setInt(1, step.version());
            insert.setString(2, step.description());
            insert.setLong(3, System.currentTimeMillis());
            insert.executeUpdate();
        }
    }
}
