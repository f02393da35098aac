package dev.hermod.tools.file.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Canonicalises a path the way the operating system will resolve it, also for paths that do not
 * exist yet: the nearest existing ancestor is resolved with {@code toRealPath} and the rest is
 * appended. Dangling symlinks are followed to their target, so checks see where a write would land.
 */
final class CanonicalPath {

    private static final int MAX_LINK_HOPS = 40;

    private CanonicalPath() {
    }

    /** The canonical form of an absolute path. */
    static Path of(Path absolute) throws IOException {
        return canonical(absolute, new int[] {0});
    }

    private static Path canonical(Path path, int[] hops) throws IOException {
        if (++hops[0] > MAX_LINK_HOPS) {
            throw new IOException("too many levels of symbolic links or '..' at " + path);
        }
        if (Files.exists(path)) {
            return path.toRealPath();
        }
        Path parent = path.getParent();
        if (parent == null) {
            return path;
        }
        if (Files.isSymbolicLink(path)) {
            // A dangling link: a write would create its target, so the target is what we check.
            return canonical(parent.resolve(Files.readSymbolicLink(path)), hops);
        }
        Path name = path.getFileName();
        Path canonicalParent = canonical(parent, hops);
        if (name.toString().equals(".")) {
            return canonicalParent;
        }
        if (name.toString().equals("..")) {
            Path up = canonicalParent.getParent();
            return up == null ? canonicalParent : up;
        }
        Path candidate = canonicalParent.resolve(name);
        // After '..' was folded the candidate may be an existing file or link: resolve it again.
        boolean present = Files.exists(candidate, LinkOption.NOFOLLOW_LINKS);
        return present && !candidate.equals(path) ? canonical(candidate, hops) : candidate;
    }
}
