package dev.hermod.memory.builtin.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Creates folders readable by their owner only (where the file system has POSIX permissions). */
final class PrivateFolders {

    private PrivateFolders() {}

    static void create(Path dir) throws IOException {
        if (Files.isDirectory(dir)) return;
        Path parent = dir.getParent();
        if (parent != null) Files.createDirectories(parent);
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // created meanwhile by someone else: fine
            }
        } else {
            Files.createDirectories(dir);
        }
    }
}
