package dev.hermod.memory.builtin.internal;

import java.nio.file.Path;

/** Where the Hermod home is. */
final class HermodHome {

    private HermodHome() {}

    /**
     * The framework property {@code hermod.home} when set, else {@code HERMOD_HOME}, else
     * {@code ~/.hermod} (the fallbacks serve runs outside the launcher, such as unit tests).
     */
    static Path of(String frameworkProperty, String environment, String userHome) {
        if (frameworkProperty != null && !frameworkProperty.isBlank()) return Path.of(frameworkProperty);
        if (environment != null && !environment.isBlank()) return Path.of(environment);
        return Path.of(userHome, ".hermod");
    }
}
