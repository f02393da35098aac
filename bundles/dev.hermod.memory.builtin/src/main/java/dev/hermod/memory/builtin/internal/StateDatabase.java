package dev.hermod.memory.builtin.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * This bundle's connection to state.db: opened on first use (creating the file owner-only and
 * applying {@link ArchiveSchema}), used under this object's monitor. Each write is one
 * {@code BEGIN IMMEDIATE} transaction, so other connections (the session store, other processes)
 * write in between.
 */
final class StateDatabase implements AutoCloseable {

    /** Work on the connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection db) throws SQLException;
    }

    private final Path file;
    private final int busyTimeoutMs;
    private Connection connection;
    private boolean closed;

    StateDatabase(Path file, int busyTimeoutMs) {
        this.file = file;
        this.busyTimeoutMs = busyTimeoutMs;
    }

    Path file() { return file; }

    /** Runs {@code work} outside a transaction (each statement sees committed data). */
    synchronized <T> T read(Work<T> work) {
        try {
            return work.run(connection());
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Runs {@code work} in one write transaction, rolled back if it throws. */
    synchronized <T> T write(Work<T> work) {
        try {
            Connection db = connection();
            return transaction(db, work);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (connection == null) return;
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing: nothing useful can be done
        }
        connection = null;
    }

    private Connection connection() throws SQLException {
        if (closed) throw new IllegalStateException("The built-in memory is stopped; " + file + " is closed.");
        if (connection == null) {
            Connection opened = StateFile.openWriter(file, busyTimeoutMs);
            try {
                transaction(opened, db -> {
                    ArchiveSchema.migrate(db);
                    return null;
                });
            } catch (SQLException | RuntimeException e) {
                opened.close();
                throw e;
            }
            connection = opened;
        }
        return connection;
    }

    private static <T> T transaction(Connection db, Work<T> work) throws SQLException {
        execute(db, "BEGIN IMMEDIATE");
        try {
            T result = work.run(db);
            execute(db, "COMMIT");
            return result;
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
        return new IllegalStateException("Memory state database " + file + ": " + e.getMessage()
                + ". Check that the file is writable and not locked for longer than the busy timeout.", e);
    }
}
