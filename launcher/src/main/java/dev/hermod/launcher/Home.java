package dev.hermod.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The Hermod home: created on first start, private to its owner. */
final class Home {
    static final String[] FOLDERS = {"etc", "plugins", "skills", "memories", "logs", "run"};

    private Home() {}

    static Path resolve(String hermodHome) {
        if (hermodHome != null && !hermodHome.isBlank()) return Path.of(hermodHome).toAbsolutePath();
        return Path.of(System.getProperty("user.home"), ".hermod");
    }

    static Path prepare(Path home) throws LaunchException {
        try {
            boolean fresh = !Files.exists(home);
            Files.createDirectories(home);
            if (fresh) restrict(home);
            for (String folder : FOLDERS) Files.createDirectories(home.resolve(folder));
            restrict(home.resolve("run"));
            if (!Files.isWritable(home)) throw new LaunchException("the home " + home + " is not writable; fix its permissions or set HERMOD_HOME");
            return home.toRealPath();
        } catch (IOException e) {
            throw new LaunchException("cannot prepare the home " + home + ": " + e.getMessage()
                    + "; set HERMOD_HOME to a writable folder", e);
        }
    }

    private static void restrict(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the platform's defaults apply
        }
    }
}
