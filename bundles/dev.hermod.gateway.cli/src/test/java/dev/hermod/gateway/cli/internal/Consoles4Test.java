package dev.hermod.gateway.cli.internal;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;

/** A console over strings, and a chat wired to it. */
final class Consoles4Test {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final StreamConsole console;

    Consoles4Test(String input, boolean interactive, boolean canAsk) {
        console = new StreamConsole(new StringReader(input), new PrintWriter(out, true), new PrintWriter(err, true),
                interactive, canAsk);
    }

    static ChatSettings settings(Path home) {
        return settings(home, null);
    }

    static ChatSettings settings(Path home, dev.hermod.api.memory.MemoryArchiveView archive) {
        return new ChatSettings(home, Duration.ofSeconds(5), () -> new FilePinnedMemory(home, 100, 50), home,
                () -> archive);
    }

    /** Reads the pinned files from the home as the built-in memory does, with the given limits. */
    record FilePinnedMemory(Path home, int memoryLimit, int userLimit) implements dev.hermod.api.memory.PinnedMemory {
        @Override
        public java.util.List<dev.hermod.api.memory.PinnedFile> files(String platform, String userId) {
            return java.util.List.of(read("MEMORY.md", memoryLimit), read("USER.md", userLimit));
        }

        private dev.hermod.api.memory.PinnedFile read(String name, int limit) {
            Path file = home.resolve("memories").resolve(name);
            try {
                if (!java.nio.file.Files.exists(file)) return new dev.hermod.api.memory.PinnedFile(name, null, 0, limit, false);
                String text = java.nio.file.Files.readString(file).strip();
                var entries = text.isEmpty() ? java.util.List.<String>of() : java.util.List.of(text.split("\\n§\\n"));
                return new dev.hermod.api.memory.PinnedFile(name, entries, text.length(), limit, true);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    String out() { return out.toString(); }

    String err() { return err.toString(); }
}
