package dev.hermod.memory.builtin.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The archive in state.db: {@code memory_archive}, append-only (triggers refuse UPDATE and
 * DELETE), indexed by FTS5. One connection, opened on first use and used under this object's
 * monitor; every write is one {@code BEGIN IMMEDIATE} transaction, so other connections (the
 * session store, other processes) can write in between.
 */
final class SqliteArchive implements MemoryArchive, AutoCloseable {

    private static final String INSERT = """
            INSERT INTO memory_archive (created_at, session_id, scope, target, action, reason, entry, previous, diff,
                                        parent_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String SEARCH = """
            SELECT a.id, a.created_at, a.target, a.action, a.entry, a.previous, bm25(memory_archive_fts) AS rank
            FROM memory_archive_fts JOIN memory_archive a ON a.id = memory_archive_fts.rowid
            WHERE memory_archive_fts MATCH ? AND a.action NOT IN ('CONSOLIDATE', 'REFUSED_CONSOLIDATE')
              AND (a.scope = 'global' OR a.scope = ?)
            ORDER BY rank, a.id DESC LIMIT ?""";

    private final Path file;
    private final int busyTimeoutMs;
    private Connection connection;

    SqliteArchive(Path file, int busyTimeoutMs) {
        this.file = file;
        this.busyTimeoutMs = busyTimeoutMs;
    }

    Path file() { return file; }

    @Override
    public synchronized void append(ArchiveRow row) {
        try {
            Connection db = connection();
            transaction(db, () -> {
                long id = insert(db, row, row.action(), row.entry(), row.previous(), row.diff(), null);
                for (String dropped : row.dropped()) insert(db, row, ArchiveAction.DROPPED, dropped, "", "", id);
            });
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public synchronized List<ArchiveMatch> search(String match, String userScope, int limit) {
        List<ArchiveMatch> found = new ArrayList<>();
        try (PreparedStatement query = connection().prepareStatement(SEARCH)) {
            query.setString(1, match);
            query.setString(2, userScope);
            query.setInt(3, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new ArchiveMatch(rows.getLong(1), rows.getLong(2),
                            MemoryTarget.of(rows.getString(3)).orElse(MemoryTarget.MEMORY),
                            ArchiveAction.valueOf(rows.getString(4)), rows.getString(5), rows.getString(6),
                            rows.getDouble(7)));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return found;
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

    private Connection connection() throws SQLException {
        if (connection == null) {
            Connection opened = StateFile.openWriter(file, busyTimeoutMs);
            try {
                transaction(opened, () -> ArchiveSchema.migrate(opened));
            } catch (SQLException | RuntimeException e) {
                opened.close();
                throw e;
            }
            connection = opened;
        }
        return connection;
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
        try (Statement statement = db.createStatement();
             ResultSet keys = statement.executeQuery("SELECT last_insert_rowid()")) {
            if (!keys.next()) throw new SQLException("no row id returned for the archive row");
            return keys.getLong(1);
        }
    }

    private interface Work {
        void run() throws SQLException;
    }

    private static void transaction(Connection db, Work work) throws SQLException {
        execute(db, "BEGIN IMMEDIATE");
        try {
            work.run();
            execute(db, "COMMIT");
        } catch (SQLException | RuntimeException e) {
            try {
                execute(db, "ROLLBACK");
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private IllegalStateException failure(SQLException e) {
        return new IllegalStateException("Memory archive in " + file + ": " + e.getMessage()
                + ". Check that the file is writable and not locked for longer than the busy timeout.", e);
    }
}
