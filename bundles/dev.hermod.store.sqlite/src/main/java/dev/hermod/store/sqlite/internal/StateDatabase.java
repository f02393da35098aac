package dev.hermod.store.sqlite.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The connections to state.db: one writer, used under a lock with {@code BEGIN IMMEDIATE}, and a
 * few read-only connections that WAL mode lets run alongside it.
 */
final class StateDatabase implements AutoCloseable {

    private final Path file;
    private final SQLiteDataSource source;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Connection writer;
    private final Semaphore readPermits;
    private final ConcurrentLinkedQueue<Connection> idleReaders = new ConcurrentLinkedQueue<>();
    private final int busyTimeoutMs;
    private volatile boolean closed;

    StateDatabase(Path file, int busyTimeoutMs, int readers) {
        this.file = file;
        this.busyTimeoutMs = busyTimeoutMs;
        this.readPermits = new Semaphore(Math.max(1, readers), true);
        createPrivately(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(busyTimeoutMs);
        config.enforceForeignKeys(true);
        // DataSource, not DriverManager: in a fresh OSGi framework DriverManager finds no driver.
        source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            writer = source.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the state database " + file + ": " + e.getMessage()
                    + ". Check that the folder exists and is writable, or set 'path' in the"
                    + " configuration hermod.store.sqlite.", e);
        }
    }

    /** The database file. */
    Path file() { return file; }

    /** Runs {@code work} in one write transaction; commits on success, rolls back on any failure. */
    <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            ensureOpen();
            execute(writer, "BEGIN IMMEDIATE");
            try {
                T result = work.run(writer);
                execute(writer, "COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} on a read-only connection (each statement sees the latest commit). */
    <T> T read(SqlWork<T> work) {
        acquireReader();
        Connection connection = null;
        try {
            ensureOpen();
            connection = idleReaders.poll();
            if (connection == null) connection = openReader();
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            release(connection);
        }
    }

    @Override
    public void close() {
        closed = true;
        writeLock.lock();
        try {
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
        Connection reader;
        while ((reader = idleReaders.poll()) != null) closeQuietly(reader);
    }

    private Connection openReader() throws SQLException {
        Connection connection = source.getConnection();
        execute(connection, "PRAGMA query_only = ON");
        return connection;
    }

    private void acquireReader() {
        try {
            if (!readPermits.tryAcquire(busyTimeoutMs, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("All read connections to " + file + " stayed busy for "
                        + busyTimeoutMs + " ms; raise read_connections in hermod.store.sqlite.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a read connection to " + file, e);
        }
    }

    private void release(Connection connection) {
        if (connection != null) {
            if (closed) closeQuietly(connection);
            else idleReaders.add(connection);
        }
        readPermits.release();
    }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException("The session store for " + file + " is closed.");
    }

    private void rollbackQuietly(Exception cause) {
        try {
            execute(writer, "ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private IllegalStateException failure(SQLException e) {
        return new IllegalStateException("State database " + file + ": " + e.getMessage(), e);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing: nothing useful can be done
        }
    }

    /** Transcripts are private: a new database (and so its WAL, which copies the mode) is owner-only. */
    private static void createPrivately(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            if (Files.notExists(file) && parent != null
                    && parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
        } catch (FileAlreadyExistsException raced) {
            // another process created it first: SQLite opens it as it is
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the state database " + file + ": " + e
                    + ". Check that the folder is writable, or set 'path' in hermod.store.sqlite.", e);
        }
    }
}
