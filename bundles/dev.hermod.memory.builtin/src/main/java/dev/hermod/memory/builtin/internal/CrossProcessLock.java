package dev.hermod.memory.builtin.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Mutual exclusion for the memory files across threads and processes sharing one Hermod home (a
 * CLI next to a gateway): an in-JVM lock, then an OS lock on {@code memories/.lock}. One channel
 * is kept open for the store's life, because on POSIX closing any channel to a file drops every
 * lock the process holds on it.
 */
final class CrossProcessLock implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Path file;
    private final ReentrantLock local = new ReentrantLock();
    private FileChannel channel;

    CrossProcessLock(Path file) {
        this.file = file;
    }

    /** Runs {@code work} while holding both locks. */
    <T> T call(Supplier<T> work) {
        local.lock();
        try (FileLock held = acquire()) {
            return work.get();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + file + " (" + e + "). Check that " + file.getParent()
                    + " is writable.", e);
        } finally {
            local.unlock();
        }
    }

    @Override
    public void close() {
        local.lock();
        try {
            if (channel != null) channel.close();
        } catch (IOException ignored) {
            // closing releases the locks either way
        } finally {
            local.unlock();
        }
    }

    private FileLock acquire() throws IOException {
        if (channel == null || !channel.isOpen()) {
            PrivateFolders.create(file.toAbsolutePath().getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                return channel.lock(); // blocks while another process holds it
            } catch (OverlappingFileLockException sameJvm) {
                // another store on this home in this JVM holds it (the JVM refuses to block on itself)
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Waited " + WAIT.toSeconds() + " s for " + file
                            + "; another memory store in this process keeps it locked.");
                }
                LockSupport.parkNanos(100_000);
            }
        }
    }
}
