package dev.hermod.memory.builtin.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * One memory file on disk. Edits run under a lock and start from what is on disk at that moment
 * (so a human's or another process's change is built upon, not overwritten); the new content goes
 * to a temporary file that is then atomically moved into place, so readers never see half a file.
 */
final class MemoryFile {

    private final Path path;
    private final ReentrantLock lock = new ReentrantLock();

    MemoryFile(Path path) {
        this.path = path;
    }

    Path path() { return path; }

    /** The entries on disk now; none when the file does not exist. */
    List<String> read() {
        try {
            return EntryFormat.parse(Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + " (" + e + "). It must be a readable UTF-8 text"
                    + " file; fix or move it away.", e);
        }
    }

    /**
     * Reads the entries, applies {@code edit}, has {@code journal} record the outcome, and only then
     * writes the result when it changed them (telling the journal when that fails); all under the
     * lock. A journal that throws leaves the file as it was.
     */
    EditOutcome edit(Function<List<String>, EditOutcome> edit, MemoryStore.Journal journal) {
        lock.lock();
        try {
            List<String> before = read();
            EditOutcome outcome = edit.apply(before);
            journal.record(before, outcome);
            if (outcome.status() == EditOutcome.Status.CHANGED) {
                try {
                    write(EntryFormat.format(outcome.entries()));
                } catch (RuntimeException e) {
                    journal.writeFailed(before, outcome, e);
                    throw e;
                }
            }
            return outcome;
        } finally {
            lock.unlock();
        }
    }

    private void write(String content) {
        Path dir = path.toAbsolutePath().getParent();
        Path temp = null;
        try {
            PrivateFolders.create(dir);
            // createTempFile makes the file owner-only on POSIX systems: memory is personal
            temp = Files.createTempFile(dir, "." + path.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            move(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path + " (" + e + "). Check that " + dir
                    + " is writable and the disk is not full.", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private void move(Path temp) throws IOException {
        try {
            Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) return;
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a stray hidden temp file is harmless
        }
    }
}
