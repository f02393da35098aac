package dev.hermod.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The framework properties every Hermod runtime starts with. Public so that the in-container
 * tests start Felix exactly as the product does.
 */
public final class FrameworkProperties {
    private FrameworkProperties() {}

    /**
     * @param home the Hermod home
     * @param mode the launch mode ({@code chat}, {@code gateway} ...)
     * @param bundledSkills the distribution's skills folder
     */
    public static Map<String, String> of(Path home, String mode, Path bundledSkills) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("hermod.home", home.toString());
        p.put("hermod.launch.mode", mode);
        p.put("hermod.skills.bundled", bundledSkills.toString());
        // JLine handles Ctrl-C through sun.misc.Signal; the system bundle must offer the package
        p.put("org.osgi.framework.system.packages.extra", "sun.misc");
        // FileInstall: bundles dropped into plugins/, configurations edited in etc/, applied live
        p.put("felix.fileinstall.dir", home.resolve("plugins") + "," + home.resolve("etc"));
        p.put("felix.fileinstall.poll", "500");
        p.put("felix.fileinstall.noInitialDelay", "true");
        p.put("felix.fileinstall.bundles.new.start", "true");
        p.put("felix.fileinstall.enableConfigSave", "false");
        p.put("felix.fileinstall.log.level", "1");
        p.put("felix.log.level", "1");
        p.put("ds.loglevel", "warn");
        p.put("felix.cm.loglevel", "1");
        return p;
    }
}
