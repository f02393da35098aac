package dev.hermod.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Owner-only files: the shell socket gives full control of the agent, so only its owner may reach it. */
final class OwnerOnly {
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {}

    /** Creates the directory (mode 0700) or makes an existing one 0700; refuses a link or somebody else's. */
    static void directory(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(dir.toAbsolutePath().getParent());
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(dir + " is not a directory (a symbolic link or a file is refused); remove it");
        }
        String owner = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName();
        String me = System.getProperty("user.name");
        if (me != null && !owner.equals(me)) {
            throw new IOException(dir + " belongs to " + owner + ", not to " + me + "; remove it or run Hermod as " + owner);
        }
        Files.setPosixFilePermissions(dir, DIRECTORY);
    }

    /** Makes a file 0600. */
    static void file(Path file) throws IOException {
        Files.setPosixFilePermissions(file, FILE);
    }
}
