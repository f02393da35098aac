package dev.hermod.tools.file.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that readers see either the old or the new content, never half of it: the bytes
 * go to a temporary file in the same folder, which is then moved over the target.
 */
final class AtomicWriter {

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicWriter() {
    }

    /**
     * Writes {@code bytes} to {@code target} (canonical), creating missing parent folders. An
     * existing file keeps its permissions.
     *
     * @return true when the file was created, false when it was overwritten
     */
    static boolean write(Path target, byte[] bytes) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        boolean existed = Files.exists(target);
        Path temp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            copyPermissions(existed ? target : null, temp);
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
        return !existed;
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(from == null ? NEW_FILE : Files.getPosixFilePermissions(from));
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
