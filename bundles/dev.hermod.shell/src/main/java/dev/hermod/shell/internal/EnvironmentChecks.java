package dev.hermod.shell.internal;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Checks what Hermod needs from the machine: a Java it supports and bash. */
final class EnvironmentChecks {
    static final int MINIMUM_JAVA = 21;

    private EnvironmentChecks() {}

    static Check java(Runtime.Version version, String vendor) {
        String text = "Java " + version + " (" + vendor + ")";
        return version.feature() >= MINIMUM_JAVA ? Check.ok(text) : Check.fail(text + ": Hermod needs Java " + MINIMUM_JAVA + " or newer");
    }

    static Check bash(String path) {
        return find("bash", path).map(p -> Check.ok("bash: " + p))
                .orElse(Check.fail("bash not found on PATH: the terminal tool runs commands with bash; install it"));
    }

    /** The first executable with this name on the PATH. */
    static Optional<Path> find(String program, String path) {
        if (path == null) return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) continue;
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
