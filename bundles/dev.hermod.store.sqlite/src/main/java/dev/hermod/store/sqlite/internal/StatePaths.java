package dev.hermod.store.sqlite.internal;

import java.nio.file.Path;

/** Where state.db lives. */
final class StatePaths {

    private StatePaths() {}

    /**
     * The Hermod home: the framework property {@code hermod.home} when set, else {@code HERMOD_HOME},
     * else {@code ~/.hermod} (the fallbacks serve runs outside the launcher, such as unit tests).
     */
    static Path home(String frameworkProperty, String environment, String userHome) {
        if (frameworkProperty != null && !frameworkProperty.isBlank()) return Path.of(frameworkProperty);
        if (environment != null && !environment.isBlank()) return Path.of(environment);
        return Path.of(userHome, ".hermod");
    }

    /** The database file: {@code configured} (absolute, or relative to home) or {@code home/state.db}. */
    static Path database(Path home, String configured) {
        if (configured == null || configured.isBlank()) return home.resolve("state.db");
        return home.resolve(configured.trim());
    }
}
