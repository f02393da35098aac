package dev.hermod.gateway.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** MEMORY.md and USER.md under $HERMOD_HOME/memories, with how full each is. */
final class MemoryFiles {

    /** One memory file; {@code content} is null when the file does not exist yet. */
    record MemoryFile(String name, String content, int limit) {
        int chars() { return content == null ? 0 : content.strip().length(); }

        String fill() {
            int percent = limit <= 0 ? 0 : (int) Math.round(100.0 * chars() / limit);
            return String.format("%,d/%,d chars (%d%%)", chars(), limit, percent);
        }
    }

    private final Path directory;
    private final int memoryLimit;
    private final int userLimit;

    MemoryFiles(Path home, int memoryLimit, int userLimit) {
        this.directory = home.resolve("memories");
        this.memoryLimit = memoryLimit;
        this.userLimit = userLimit;
    }

    List<MemoryFile> read() throws IOException {
        return List.of(read("MEMORY.md", memoryLimit), read("USER.md", userLimit));
    }

    private MemoryFile read(String name, int limit) throws IOException {
        Path file = directory.resolve(name);
        return new MemoryFile(name, Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null, limit);
    }

    /** The files as /memory shows them. */
    String describe() throws IOException {
        StringBuilder text = new StringBuilder();
        for (MemoryFile file : read()) {
            text.append(file.name()).append("  ").append(file.fill()).append('\n');
            if (file.content() == null) {
                text.append("  (not created yet)\n");
            } else if (file.content().isBlank()) {
                text.append("  (empty)\n");
            } else {
                file.content().strip().lines().forEach(line -> text.append("  ").append(line).append('\n'));
            }
        }
        return text.toString();
    }
}
