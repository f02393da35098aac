package dev.hermod.memory.holographic.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The one connection to the fact database (WAL), used under a lock. Memory hooks are short, so one
 * connection is enough; another process on the same file waits up to the busy timeout.
 */
final class FactDatabase implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed;

    private FactDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating and migrating if needed) the database; the message of a failure says how to fix it. */
    static FactDatabase open(Path file) {
        createPrivately(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(5000);
        config.enforceForeignKeys(true);
        // DataSource, not DriverManager: in a fresh OSGi framework DriverManager finds no driver.
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        FactDatabase database;
        try {
            database = new FactDatabase(file, source.getConnection());
        } catch (SQLException e) {
            throw cannotOpen(file, e.getMessage(), e);
        }
        try {
            database.write(FactSchema::migrate);
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    Path file() { return file; }

    /** Runs {@code work} in one write transaction; commits on success, rolls back on any failure. */
    <T> T write(SqlWork<T> work) {
        lock.lock();
        try {
            ensureOpen();
            execute("BEGIN IMMEDIATE");
            try {
                T result = work.run(connection);
                execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Holographic memory database " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs read-only {@code work} (autocommit: each statement sees the latest commit). */
    <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            ensureOpen();
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Holographic memory database " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) return;
            closed = true;
            connection.close();
        } catch (SQLException ignored) {
            // closing: nothing useful can be done
        } finally {
            lock.unlock();
        }
    }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException("The holographic memory database " + file + " is closed.");
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void rollbackQuietly(Exception cause) {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Facts are personal: a new database (and so its WAL, which copies the mode) is owner-only. */
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
            throw cannotOpen(file, e.toString(), e);
        }
    }

    private static IllegalStateException cannotOpen(Path file, String reason, Exception cause) {
        return new IllegalStateException("Cannot open the holographic memory database " + file + ": " + reason
                + ". Check that its folder exists and is writable, or set db_path in the configuration"
                + " hermod.memory.holographic.", cause);
    }
}
