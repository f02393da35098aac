package dev.hermod.memory.builtin.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The memory files under {@code <home>/memories}: the global MEMORY.md and one USER.md per
 * {@link MemoryScope}. Every edit runs under one lock on {@code memories/.lock}, shared with other
 * processes on the same home.
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
            AfterEdit after) {
        MemoryFile file = file(target, scope);
        return lock.call(() -> file.edit(edit, after));
    }

    @Override
    public void close() {
        lock.close();
    }

    /** Where the file of {@code target} for {@code scope} lives (it may not exist yet). */
    Path path(MemoryTarget target, MemoryScope scope) {
        return scope.file(folder, target);
    }

    private MemoryFile file(MemoryTarget target, MemoryScope scope) {
        return files.computeIfAbsent(scope.file(folder, target), MemoryFile::new);
    }
}
