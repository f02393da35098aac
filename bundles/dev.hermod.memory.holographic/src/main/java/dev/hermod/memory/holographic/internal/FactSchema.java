package dev.hermod.memory.holographic.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The tables of holographic.db; the version is kept in {@code PRAGMA user_version}. */
final class FactSchema {

    static final int VERSION = 1;

    private FactSchema() {}

    /** Brings the schema up to {@link #VERSION}, inside the caller's write transaction. */
    static Integer migrate(Connection connection) throws SQLException {
        int installed;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            installed = rows.next() ? rows.getInt(1) : 0;
        }
        if (installed > VERSION) {
            throw new IllegalStateException("The holographic memory database has schema version " + installed
                    + " but this Hermod knows only up to " + VERSION + "; upgrade Hermod or set another db_path.");
        }
        if (installed < 1) {
            try (Statement statement = connection.createStatement()) {
                for (String sql : V1) statement.execute(sql);
                statement.execute("PRAGMA user_version = " + VERSION);
            }
        }
        return VERSION;
    }

    // Times are milliseconds since the epoch. superseded_by: NULL while current, the id of the new
    // version after an update, -1 after a removal. contradicted_by: NULL, or the fact that contradicts it.
    private static final List<String> V1 = List.of(
            """
            CREATE TABLE holo_facts (
              id              INTEGER PRIMARY KEY,
              scope           TEXT    NOT NULL,
              text            TEXT    NOT NULL,
              entities        TEXT    NOT NULL DEFAULT '',
              source          TEXT    NOT NULL DEFAULT 'tool',
              trust           REAL    NOT NULL,
              helpful         INTEGER NOT NULL DEFAULT 0,
              unhelpful       INTEGER NOT NULL DEFAULT 0,
              created_at      INTEGER NOT NULL,
              updated_at      INTEGER NOT NULL,
              last_recalled   INTEGER NOT NULL DEFAULT 0,
              superseded_by   INTEGER,
              contradicted_by INTEGER,
              vector          BLOB    NOT NULL
            )""",
            "CREATE INDEX holo_facts_by_scope ON holo_facts (scope, superseded_by, updated_at)",
            """
            CREATE TABLE holo_entities (
              id      INTEGER PRIMARY KEY,
              scope   TEXT NOT NULL,
              name    TEXT NOT NULL,
              display TEXT NOT NULL,
              kind    TEXT NOT NULL,
              UNIQUE (scope, name)
            )""",
            """
            CREATE TABLE holo_fact_entities (
              fact_id   INTEGER NOT NULL REFERENCES holo_facts(id),
              entity_id INTEGER NOT NULL REFERENCES holo_entities(id),
              PRIMARY KEY (fact_id, entity_id)
            ) WITHOUT ROWID""",
            "CREATE INDEX holo_fact_entities_by_entity ON holo_fact_entities (entity_id, fact_id)",
            """
            CREATE VIRTUAL TABLE holo_facts_fts USING fts5(
              text, content = 'holo_facts', content_rowid = 'id',
              tokenize = 'porter unicode61 remove_diacritics 2'
            )""",
            """
            CREATE TRIGGER holo_facts_fts_insert AFTER INSERT ON holo_facts BEGIN
              INSERT INTO holo_facts_fts (rowid, text) VALUES (new.id, new.text);
            END""",
            """
            CREATE TRIGGER holo_facts_fts_update AFTER UPDATE OF text ON holo_facts BEGIN
              INSERT INTO holo_facts_fts (holo_facts_fts, rowid, text) VALUES ('delete', old.id, old.text);
              INSERT INTO holo_facts_fts (rowid, text) VALUES (new.id, new.text);
            END""");
}
