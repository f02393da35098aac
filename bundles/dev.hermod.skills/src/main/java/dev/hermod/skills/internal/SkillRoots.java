package dev.hermod.skills.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The folders the library reads.
 *
 * @param user the user's skills, {@code $HERMOD_HOME/skills}; the agent writes its own skills here too
 * @param bundled the distribution's skills, or null when there are none
 * @param external extra read-only folders
 */
record SkillRoots(Path user, Path bundled, List<Path> external) {

    SkillRoots {
        external = List.copyOf(external);
    }

    /**
     * The roots for a configuration.
     *
     * @param home the Hermod home; relative configured paths are resolved against it
     * @param bundledProperty the framework property {@code hermod.skills.bundled}, or null
     */
    static SkillRoots of(SkillsConfig config, Path home, String bundledProperty) {
        String bundled = config.bundled__dir().isBlank() ? bundledProperty : config.bundled__dir();
        List<Path> external = Arrays.stream(config.external__dirs()).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> expand(s, home)).toList();
        return new SkillRoots(home.resolve("skills"),
                bundled == null || bundled.isBlank() ? null : expand(bundled.strip(), home), external);
    }

    /** Every root, in precedence order, with its origin. */
    List<Root> all() {
        List<Root> roots = new ArrayList<>();
        roots.add(new Root(user, Origin.USER_DIR));
        if (bundled != null) {
            roots.add(new Root(bundled, Origin.BUNDLED_DIR));
        }
        external.forEach(p -> roots.add(new Root(p, Origin.EXTERNAL_DIR)));
        return roots;
    }

    /** One folder and what kind of skills it holds. */
    record Root(Path path, Origin origin) {
    }

    private static Path expand(String path, Path home) {
        if (path.equals("~") || path.startsWith("~/")) {
            return Path.of(System.getProperty("user.home")).resolve(path.substring(1).replaceFirst("^/", ""));
        }
        return home.resolve(path).normalize();
    }
}
