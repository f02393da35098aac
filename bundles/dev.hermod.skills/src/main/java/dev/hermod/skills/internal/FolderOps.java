package dev.hermod.skills.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** File-system steps of the skill loop: copying, swapping and archiving skill folders, and their digest. */
final class FolderOps {

    private FolderOps() {
    }

    /** A SHA-256 over every file of the folder (relative path and bytes), so any change gives a new digest. */
    static String digest(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a folder tree; {@code to} must not exist. */
    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** Deletes a folder tree; a missing folder is fine. */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : paths) Files.deleteIfExists(p);
        }
    }

    /**
     * Puts {@code staged} where {@code target} is: the old folder moves aside first and is deleted
     * only once the new one is in place, so a failure leaves one of the two, never neither.
     */
    static void replace(Path staged, Path target) throws IOException {
        Path aside = null;
        if (Files.exists(target)) {
            aside = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.createDirectories(target.getParent());
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (aside != null) Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        if (aside != null) delete(aside);
    }

    /** A free folder name under {@code parent}: {@code name}, else {@code name-2}, {@code name-3} ... */
    static Path free(Path parent, String name) {
        Path candidate = parent.resolve(name);
        for (int i = 2; Files.exists(candidate); i++) candidate = parent.resolve(name + "-" + i);
        return candidate;
    }
}
