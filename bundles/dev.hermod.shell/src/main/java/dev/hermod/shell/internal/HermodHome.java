package dev.hermod.shell.internal;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;

/** Where the Hermod home is: the launcher's framework property, else HERMOD_HOME, else ~/.hermod. */
final class HermodHome {
    private HermodHome() {}

    static Path resolve(BundleContext context) {
        String property = context == null ? null : context.getProperty("hermod.home");
        if (property != null && !property.isBlank()) return Path.of(property);
        String env = System.getenv("HERMOD_HOME");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".hermod");
    }
}
