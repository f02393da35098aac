package dev.hermod.memory.builtin.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The memory files under {@code <home>/memories}: the home's MEMORY.md and USER.md, and a
 * gateway user's own under {@code users/<platform>/<user>/} (see {@link MemoryScope#file}).
 * Every edit runs under one lock on {@code memories/.lock}, shared with other processes on the same home.
 */
final class FileMemoryStore implements MemoryStore, AutoCloseable {

    private final Path folder;
    private final CrossProcessLock lock;
    private final Map<Path, MemoryFile> files = new ConcurrentHashMap<>();

    FileMemoryStore(Path folder) {
        this.folder = folder;
        this.lock = new CrossProcessLock(folder.resolve(".lock"));
    }

    @Override
    public List<String> entries(MemoryTarget target, MemoryScope scope) {
        return file(target, scope).read();
    }

    @Override
    public EditOutcome edit(MemoryTarget target, MemoryScope scope, Function<List<String>, EditOutcome> edit,
            Journal journal) {
        MemoryFile file = file(target, scope);
        return lock.call(() -> file.edit(edit, journal));
    }

    @Override
    public void close() {
        lock.close();
    }

    /** Where the file of {@code target} for {@code scope} lives (it may not exist yet). */
    Path path(MemoryTarget target, MemoryScope scope) {
        return scope.file(folder, target);
    }

    /** The gateway users' files of {@code target} that exist ({@code users/<platform>/<user>/<file>}), by scope key. */
    Map<String, Path> gatewayUserFiles(MemoryTarget target) {
        Map<String, Path> found = new java.util.TreeMap<>();
        Path users = folder.resolve("users");
        if (!Files.isDirectory(users)) return found;
        try (DirectoryStream<Path> platforms = Files.newDirectoryStream(users, Files::isDirectory)) {
            for (Path platform : platforms) {
                try (DirectoryStream<Path> people = Files.newDirectoryStream(platform, Files::isDirectory)) {
                    for (Path person : people) {
                        Path file = person.resolve(target.fileName());
                        if (Files.isRegularFile(file)) found.put(platform.getFileName() + "/" + person.getFileName(), file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + users + " (" + e + ").", e);
        }
        return found;
    }

    private MemoryFile file(MemoryTarget target, MemoryScope scope) {
        return files.computeIfAbsent(scope.file(folder, target), MemoryFile::new);
    }
}
