package dev.hermod.tools.file.internal;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/** The operator's extra {@code denied_paths} globs. */
final class DeniedPaths {

    private record Entry(String glob, PathMatcher matcher, boolean byName) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /**
     * @param globs the configured globs
     * @param userHome what a leading {@code ~/} stands for
     * @throws IllegalArgumentException when a glob is malformed, naming it
     */
    DeniedPaths(String[] globs, Path userHome) {
        for (String raw : globs == null ? new String[0] : globs) {
            String glob = raw.trim();
            if (glob.isEmpty()) {
                continue;
            }
            boolean byName = !glob.contains("/");
            String expanded = glob.startsWith("~/") ? userHome + glob.substring(1) : glob;
            try {
                entries.add(new Entry(glob, FileSystems.getDefault().getPathMatcher("glob:" + expanded), byName));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("denied_paths entry '" + glob + "' in hermod.tools.file is not a "
                        + "valid glob (" + e.getDescription() + "); fix or remove it", e);
            }
        }
    }

    /** The glob that refuses {@code path} (canonical), or empty. */
    Optional<String> match(Path path) {
        for (Entry entry : entries) {
            for (Path p = path; p != null; p = p.getParent()) {
                Path candidate = entry.byName() ? p.getFileName() : p;
                if (candidate != null && entry.matcher().matches(candidate)) {
                    return Optional.of(entry.glob());
                }
            }
        }
        return Optional.empty();
    }
}
