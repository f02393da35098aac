package dev.hermod.shell.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code etc/hermod.agent.cfg}, edited line by line so that the operator's comments and other
 * settings stay. FileInstall applies the change live, and the file stays the one source of truth
 * (a change made only through ConfigAdmin would be lost at the next start).
 */
final class AgentConfigFile {
    private static final Object IN_PROCESS = new Object();
    private final Path file;

    AgentConfigFile(Path home) { this.file = home.resolve("etc").resolve("hermod.agent.cfg"); }

    Path path() { return file; }

    /** The value of a key, if the file sets it. */
    Optional<String> get(String key) throws IOException {
        if (!Files.exists(file)) return Optional.empty();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Optional<String> value = valueOf(line, key);
            if (value.isPresent()) return value;
        }
        return Optional.empty();
    }

    /**
     * Sets a key (replacing every earlier setting of it), keeping every other line. Writers take a
     * lock on {@code etc/.hermod.agent.cfg.lock} (and one inside this JVM, which file locks do not
     * cover), so two commands at once, from one process or several, never lose each other's edit.
     */
    void set(String key, String value) throws IOException {
        Files.createDirectories(file.getParent());
        synchronized (IN_PROCESS) {
            try (FileChannel lock = FileChannel.open(file.resolveSibling(".hermod.agent.cfg.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock held = lock.lock()) {
                rewrite(key, value);
            }
        }
    }

    private void rewrite(String key, String value) throws IOException {
        List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        List<String> out = new ArrayList<>();
        boolean written = false;
        for (String line : lines) {
            if (valueOf(line, key).isPresent()) {
                if (!written) out.add(key + " = " + value);
                written = true;
            } else {
                out.add(line);
            }
        }
        if (!written) out.add(key + " = " + value);
        Path tmp = Files.createTempFile(file.getParent(), ".hermod.agent", ".tmp");
        Files.write(tmp, out, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Optional<String> valueOf(String line, String key) {
        String t = line.strip();
        if (t.startsWith("#") || t.startsWith("!") || !t.startsWith(key)) return Optional.empty();
        String rest = t.substring(key.length()).stripLeading();
        if (!rest.startsWith("=") && !rest.startsWith(":")) return Optional.empty();
        return Optional.of(rest.substring(1).strip());
    }
}
