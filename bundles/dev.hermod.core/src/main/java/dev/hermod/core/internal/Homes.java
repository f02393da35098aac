package dev.hermod.core.internal;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;

/** Where the Hermod home is: the launcher's {@code hermod.home}, else HERMOD_HOME, else ~/.hermod. */
final class Homes {
    private Homes() {}

    static Path of(BundleContext context) {
        String configured = context == null ? null : context.getProperty("hermod.home");
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        String env = System.getenv("HERMOD_HOME");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".hermod");
    }
}
