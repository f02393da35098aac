package dev.hermod.skills.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Assertions;

/** SKILL.md fixtures and polling for tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** Writes {@code root/folder/SKILL.md} and returns the file. */
    static Path skill(Path root, String folder, String text) throws IOException {
        Path file = root.resolve(folder).resolve("SKILL.md");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** A minimal valid SKILL.md. */
    static String simple(String name, String description, String extraFrontMatter) {
        return "---\nname: " + name + "\ndescription: " + description + "\n" + extraFrontMatter + "---\n\n# " + name
                + "\n\n1. Do the thing.\n";
    }

    /** Writes a minimal valid skill. */
    static Path simple(Path root, String folder, String name, String description) throws IOException {
        return skill(root, folder, simple(name, description, ""));
    }

    /** Waits until {@code condition} holds, failing after {@code timeout}. */
    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                Assertions.fail("timed out after " + timeout + " waiting for " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos()); // poll interval; the condition decides
        }
    }
}
