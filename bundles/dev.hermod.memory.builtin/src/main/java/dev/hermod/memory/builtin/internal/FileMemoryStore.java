package dev.hermod.memory.builtin.internal;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The memory files in {@code <home>/memories}: MEMORY.md and USER.md. */
final class FileMemoryStore implements MemoryStore {

    private final Map<MemoryTarget, MemoryFile> files = new EnumMap<>(MemoryTarget.class);

    FileMemoryStore(Path folder) {
        for (MemoryTarget target : MemoryTarget.values()) {
            files.put(target, new MemoryFile(folder.resolve(target.fileName())));
        }
    }

    @Override
    public List<String> entries(MemoryTarget target) {
        return files.get(target).read();
    }

    @Override
    public EditOutcome edit(MemoryTarget target, Function<List<String>, EditOutcome> edit) {
        return files.get(target).edit(edit);
    }
}
