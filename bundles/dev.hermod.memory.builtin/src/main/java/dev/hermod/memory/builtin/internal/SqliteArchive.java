package dev.hermod.memory.builtin.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The archive in state.db: {@code memory_archive}, append-only (triggers refuse UPDATE and
 * DELETE), indexed by FTS5. Every write is one transaction of the shared {@link StateDatabase}.
 */
final class SqliteArchive implements MemoryArchive {

    private static final String INSERT = """
            INSERT INTO memory_archive (created_at, session_id, scope, target, action, reason, entry, previous, diff,
                                        parent_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String MATCH_COLUMNS = "a.id, a.created_at, a.target, a.action, a.entry, a.previous";

    private static final String SEARCH = "SELECT " + MATCH_COLUMNS + ", bm25(memory_archive_fts) AS rank"
            + """
             FROM memory_archive_fts JOIN memory_archive a ON a.id = memory_archive_fts.rowid
            WHERE memory_archive_fts MATCH ? AND a.action NOT IN ('CONSOLIDATE', 'REFUSED_CONSOLIDATE')
              AND a.scope IN (%s)
            ORDER BY rank, a.id DESC LIMIT ?""";

    private static final String ABOUT = "SELECT " + MATCH_COLUMNS + ", 0 FROM memory_archive a"
            + " WHERE a.action NOT IN ('CONSOLIDATE', 'REFUSED_CONSOLIDATE') AND a.scope IN (%1$s)"
            + " AND (a.entry IN (%2$s) OR (a.action = 'REPLACE' AND a.previous IN (%2$s))) ORDER BY a.id";

    private static final String ROWS = "SELECT id, created_at, session_id, scope, target, action, reason, entry,"
            + " previous, diff, parent_id FROM memory_archive";

    private final StateDatabase database;

    SqliteArchive(StateDatabase database) {
        this.database = database;
    }

    @Override
    public void append(ArchiveRow row) {
        database.write(db -> {
            long id = insert(db, row, row.action(), row.entry(), row.previous(), row.diff(), null);
            for (String dropped : row.dropped()) insert(db, row, ArchiveAction.DROPPED, dropped, "", "", id);
            return null;
        });
    }

    @Override
    public List<ArchiveMatch> search(String match, List<String> scopes, int limit) {
        if (scopes.isEmpty()) return List.of();
        return database.read(db -> {
            try (PreparedStatement query = db.prepareStatement(SEARCH.formatted(marks(scopes.size())))) {
                int at = 1;
                query.setString(at++, match);
                for (String scope : scopes) query.setString(at++, scope);
                query.setInt(at, limit);
                return matches(query);
            }
        });
    }

    @Override
    public List<ArchiveMatch> about(Collection<String> texts, List<String> scopes) {
        if (texts.isEmpty() || scopes.isEmpty()) return List.of();
        List<String> list = List.copyOf(texts);
        return database.read(db -> {
            try (PreparedStatement query = db.prepareStatement(ABOUT.formatted(marks(scopes.size()),
                    marks(list.size())))) {
                int at = 1;
                for (String scope : scopes) query.setString(at++, scope);
                for (String text : list) query.setString(at++, text);
                for (String text : list) query.setString(at++, text);
                return matches(query);
            }
        });
    }

    /** The entry texts of the rows {@code ids} that exist. */
    Map<Long, String> entries(Collection<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        List<Long> list = List.copyOf(ids);
        return database.read(db -> {
            Map<Long, String> out = new HashMap<>();
            try (PreparedStatement query = db.prepareStatement("SELECT id, entry FROM memory_archive WHERE id IN ("
                    + marks(list.size()) + ")")) {
                for (int i = 0; i < list.size(); i++) query.setLong(i + 1, list.get(i));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) out.put(rows.getLong(1), rows.getString(2));
                }
            }
            return out;
        });
    }

    /** Every row of the given scopes, oldest first. */
    List<StoredRow> rows(Collection<String> scopes) {
        List<String> list = List.copyOf(scopes);
        if (list.isEmpty()) return List.of();
        return database.read(db -> {
            try (PreparedStatement query = db.prepareStatement(ROWS + " WHERE scope IN (" + marks(list.size())
                    + ") ORDER BY id")) {
                for (int i = 0; i < list.size(); i++) query.setString(i + 1, list.get(i));
                return stored(query);
            }
        });
    }

    /** The row {@code id}, if it exists. */
    Optional<StoredRow> row(long id) {
        return database.read(db -> {
            try (PreparedStatement query = db.prepareStatement(ROWS + " WHERE id = ?")) {
                query.setLong(1, id);
                return stored(query).stream().findFirst();
            }
        });
    }

    long count() {
        return database.read(db -> {
            try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM memory_archive")) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        });
    }

    /** {@code n} bind parameters for an {@code IN (...)} list: {@code ?, ?, ?}. */
    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static List<ArchiveMatch> matches(PreparedStatement query) throws SQLException {
        List<ArchiveMatch> found = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                found.add(new ArchiveMatch(rows.getLong(1), rows.getLong(2),
                        MemoryTarget.of(rows.getString(3)).orElse(MemoryTarget.MEMORY),
                        ArchiveAction.valueOf(rows.getString(4)), rows.getString(5), rows.getString(6),
                        rows.getDouble(7)));
            }
        }
        return found;
    }

    private static List<StoredRow> stored(PreparedStatement query) throws SQLException {
        List<StoredRow> found = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long parent = rows.getLong(11);
                found.add(new StoredRow(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                        MemoryTarget.of(rows.getString(5)).orElse(MemoryTarget.MEMORY),
                        ArchiveAction.valueOf(rows.getString(6)), rows.getString(7), rows.getString(8),
                        rows.getString(9), rows.getString(10), rows.wasNull() ? 0 : parent));
            }
        }
        return found;
    }

    private static long insert(Connection db, ArchiveRow row, ArchiveAction action, String entry, String previous,
            String diff, Long parent) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(INSERT)) {
            insert.setLong(1, System.currentTimeMillis());
            insert.setString(2, row.sessionId());
            insert.setString(3, row.scope());
            insert.setString(4, row.target().id());
            insert.setString(5, action.name());
            insert.setString(6, row.reason());
            insert.setString(7, entry);
            insert.setString(8, previous);
            insert.setString(9, diff);
            if (parent == null) insert.setNull(10, java.sql.Types.INTEGER);
            else insert.setLong(10, parent);
            insert.executeUpdate();
        }
        return lastId(db);
    }

    static long lastId(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet keys = statement.executeQuery("SELECT last_insert_rowid()")) {
            if (!keys.next()) throw new SQLException("no row id returned for the inserted row");
            return keys.getLong(1);
        }
    }
}
