package dev.hermod.tools.file.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Collects the files below a search root, in path order: skips tool and dependency folders, does
 * not descend into symlinked folders (no loops), and leaves out every file the access policy refuses.
 */
final class SearchWalker extends SimpleFileVisitor<Path> {

    static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".hg", ".svn", "node_modules", "target",
            "__pycache__", ".venv");
    static final Set<Path> PSEUDO_FILESYSTEMS = Set.of(Path.of("/proc"), Path.of("/sys"), Path.of("/dev"));
    static final int MAX_FILES = 100_000;

    /** What the walk found; {@code refused} files were left out by the policy. */
    record Result(List<Path> files, int refused, boolean truncated) {
    }

    private final FileAccessPolicy policy;
    private final Path root;
    private final Path hermodHome;
    private final Predicate<Path> wanted;
    private final BooleanSupplier cancelled;
    private final List<Path> files = new ArrayList<>();
    private int refused;
    private boolean truncated;

    private SearchWalker(FileAccessPolicy policy, Path root, Path hermodHome, Predicate<Path> wanted,
                         BooleanSupplier cancelled) {
        this.policy = policy;
        this.root = root;
        this.hermodHome = hermodHome;
        this.wanted = wanted;
        this.cancelled = cancelled;
    }

    /**
     * Walks {@code root} (canonical, already allowed).
     *
     * @param wanted which files to keep, given their path relative to the root
     */
    static Result walk(FileAccessPolicy policy, Path root, Path hermodHome, Predicate<Path> wanted,
                       BooleanSupplier cancelled) throws IOException {
        SearchWalker walker = new SearchWalker(policy, root, hermodHome, wanted, cancelled);
        if (Files.isRegularFile(root)) {
            walker.keep(root, root);
        } else {
            Files.walkFileTree(root, walker);
        }
        walker.files.sort(null);
        return new Result(List.copyOf(walker.files), walker.refused, walker.truncated);
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (cancelled.getAsBoolean()) {
            return FileVisitResult.TERMINATE;
        }
        if (dir.equals(root)) {
            return FileVisitResult.CONTINUE;
        }
        if (SKIPPED_FOLDERS.contains(dir.getFileName().toString()) || PSEUDO_FILESYSTEMS.contains(dir)) {
            return FileVisitResult.SKIP_SUBTREE;
        }
        if (policy.refusal(dir, hermodHome, Access.READ).isPresent()) {
            refused++;
            return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (files.size() >= MAX_FILES) {
            truncated = true;
            return FileVisitResult.TERMINATE;
        }
        Path target = file;
        if (attrs.isSymbolicLink()) {
            try {
                target = file.toRealPath();
            } catch (IOException e) {
                return FileVisitResult.CONTINUE;
            }
        }
        if (Files.isRegularFile(target)) {
            keep(file, target);
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
    }

    private void keep(Path file, Path target) {
        Path relative = root.equals(file) ? file.getFileName() : root.relativize(file);
        if (!wanted.test(relative)) {
            return;
        }
        if (policy.refusal(target, hermodHome, Access.READ).isPresent()) {
            refused++;
        } else {
            files.add(target);
        }
    }
}
