package dev.hermod.skills.internal;

import java.lang.System.Logger.Level;
import java.nio.file.Path;

import org.osgi.framework.BundleContext;

/** Where the Hermod home is: the framework property {@code hermod.home}, which the launcher sets. */
final class HermodHome {

    private static final System.Logger LOG = System.getLogger(HermodHome.class.getName());

    private HermodHome() {
    }

    static Path of(BundleContext context) {
        String property = context.getProperty("hermod.home");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        // Only outside the launcher (a bare framework): follow the launcher's own rule.
        String env = System.getenv("HERMOD_HOME");
        Path home = env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".hermod");
        LOG.log(Level.WARNING, "framework property hermod.home is not set; using " + home);
        return home;
    }
}
