package dev.hermod.skills.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Hashtable;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;

import dev.hermod.api.skill.Skill;
import dev.hermod.api.skill.SkillSource;

/**
 * Skills shipped inside bundles: a bundle whose manifest has {@value #HEADER} (a folder inside the
 * bundle, for example {@code skills}) contributes the SKILL.md folders under it while it is active.
 * They are copied out to {@code $HERMOD_HOME/cache/bundle-skills/<bundle>_<version>} so they are
 * ordinary folders (scanned, with supporting files), and offered as one {@link SkillSource} per
 * bundle, which the library tracks live. Provenance is bundled: read-only to the agent.
 */
@Component(immediate = true)
public final class BundleSkills {

    static final String HEADER = "Hermod-Skills";
    private static final System.Logger LOG = System.getLogger(BundleSkills.class.getName());

    private final BundleContext context;
    private final Path cache;
    private final BundleTracker<ServiceRegistration<SkillSource>> tracker;

    @Activate
    public BundleSkills(BundleContext context) {
        this.context = context;
        this.cache = HermodHome.of(context).resolve("cache").resolve("bundle-skills");
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, null) {
            @Override
            public ServiceRegistration<SkillSource> addingBundle(Bundle bundle, BundleEvent event) {
                return offer(bundle);
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<SkillSource> registration) {
                try {
                    registration.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // the framework unregistered it with the bundle
                }
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    private ServiceRegistration<SkillSource> offer(Bundle bundle) {
        String folder = bundle.getHeaders("").get(HEADER);
        if (folder == null || folder.isBlank()) return null;
        try {
            Path target = cache.resolve(bundle.getSymbolicName() + "_" + bundle.getVersion());
            List<Skill> skills = extract(bundle, folder.strip(), target);
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("hermod.skills.bundle", bundle.getSymbolicName());
            return context.registerService(SkillSource.class, new Shipped("bundle " + bundle.getSymbolicName(), skills), properties);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the skills of bundle " + bundle.getSymbolicName() + " (" + HEADER + ": " + folder
                    + ") cannot be loaded: " + e.getMessage());
            return null;
        }
    }

    /**
     * Copies the bundle's entries under {@code folder} to {@code target} and parses the skills there.
     * The copy is made beside it and swapped in only when it differs: another Hermod process on the
     * same home (a chat beside a gateway) may be reading the skills already there.
     */
    static List<Skill> extract(Bundle bundle, String folder, Path target) throws IOException {
        Path fresh = target.resolveSibling("." + target.getFileName() + ".new-" + ProcessHandle.current().pid() + "-"
                + System.nanoTime());
        try {
            copy(bundle, folder, fresh);
            if (Files.isDirectory(target) && FolderOps.digest(target).equals(FolderOps.digest(fresh))) {
                FolderOps.delete(fresh); // the same skills: leave the ones in place alone
            } else {
                FolderOps.replace(fresh, target);
            }
        } finally {
            FolderOps.delete(fresh); // gone already unless something failed
        }
        SkillFolderScanner.Result scanned = SkillFolderScanner.scan(target, Origin.BUNDLED_DIR);
        scanned.problems().forEach(p -> LOG.log(Level.WARNING, "bundle " + bundle.getSymbolicName() + ": skill skipped: " + p));
        return scanned.candidates().stream().map(Candidate::skill).toList();
    }

    private static void copy(Bundle bundle, String folder, Path target) throws IOException {
        Files.createDirectories(target);
        String prefix = folder.replaceAll("^/+|/+$", "") + "/";
        for (URL entry : Collections.list(java.util.Objects.requireNonNullElse(bundle.findEntries(prefix, "*", true),
                Collections.emptyEnumeration()))) {
            String path = entry.getPath().replaceFirst("^/", "");
            if (path.endsWith("/") || !path.startsWith(prefix)) continue;
            Path file = target.resolve(path.substring(prefix.length())).normalize();
            if (!file.startsWith(target)) continue; // an entry name that climbs out is ignored
            Files.createDirectories(file.getParent());
            try (InputStream in = entry.openStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The skills one bundle ships. */
    private record Shipped(String id, List<Skill> skills) implements SkillSource {
    }
}
