package dev.hermod.tools.file.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Recognises Hermod's own files in its home: configuration, state database, logs, plugins and skills. */
final class HermodHomeFiles {

    private static final List<Path> SYSTEM_FOLDERS = List.of("/etc", "/usr", "/bin", "/sbin", "/lib", "/lib64",
            "/boot", "/sys", "/proc", "/dev").stream().map(Path::of).toList();

    private HermodHomeFiles() {
    }

    /** What private part of the Hermod home {@code path} is, or empty; {@code home} may be null. */
    static Optional<String> privatePart(Path path, Path home) {
        if (home == null) {
            return Optional.empty();
        }
        if (path.startsWith(home.resolve("etc"))) {
            return Optional.of("Hermod's own configuration (etc/)");
        }
        if (path.startsWith(home.resolve("logs"))) {
            return Optional.of("Hermod's own logs (logs/)");
        }
        Path name = path.getFileName();
        if (home.equals(path.getParent()) && name != null && name.toString().startsWith("state.db")) {
            return Optional.of("Hermod's own state database (" + name + ")");
        }
        return Optional.empty();
    }

    /** True when {@code path} is in the Hermod home's plugins folder; {@code home} may be null. */
    static boolean isPlugins(Path path, Path home) {
        return home != null && path.startsWith(home.resolve("plugins"));
    }

    /**
     * True when {@code path} is in the Hermod home's skills folder ({@code skills/}, also when that
     * folder is a link elsewhere); {@code home} may be null. Skills are written through
     * {@code skill_manage}, which validates, scans and versions every change.
     */
    static boolean isSkills(Path path, Path home) {
        if (home == null) {
            return false;
        }
        Path skills = home.resolve("skills");
        if (path.startsWith(skills)) {
            return true;
        }
        try {
            return path.startsWith(CanonicalPath.of(skills));
        } catch (IOException e) {
            return false;
        }
    }

    /** The system folder {@code path} lies in, or empty. */
    static Optional<Path> systemFolder(Path path) {
        return SYSTEM_FOLDERS.stream().filter(path::startsWith).findFirst();
    }
}
