package dev.hermod.itests;

import static org.ops4j.pax.exam.CoreOptions.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ops4j.pax.exam.Option;

import dev.hermod.launcher.FrameworkProperties;

/**
 * The Pax Exam container: Felix with exactly the bundles the distribution resolved, started with
 * the launcher's own framework properties, and a fresh Hermod home.
 */
final class HermodContainer {
    private HermodContainer() {}

    static Path dist() { return Path.of(System.getProperty("hermod.dist")); }

    static Option[] options(Path home) {
        List<Option> options = new ArrayList<>();
        FrameworkProperties.of(home, "gateway", dist().resolve("skills")).forEach((k, v) -> {
            // Pax Exam exports its own packages from the system bundle through this property:
            // add to it rather than replace it, or the probe never meets the test runner.
            if (k.equals("org.osgi.framework.system.packages.extra")) options.add(systemPackages(v.split(",")));
            else options.add(frameworkProperty(k).value(System.getProperty("it." + k, v)));
        });
        for (Path jar : distributionBundles()) options.add(bundle(jar.toUri().toString()));
        options.add(bundle(sibling("testing/dev.hermod.testing.model").toUri().toString()));
        options.add(junitBundles());
        String repo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        options.add(systemProperty("org.ops4j.pax.url.mvn.localRepository").value(repo));
        options.add(systemProperty("org.ops4j.pax.url.mvn.repositories").value("https://repo1.maven.org/maven2@id=central"));
        options.add(systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"));
        options.add(cleanCaches(true));
        return options.toArray(Option[]::new);
    }

    /**
     * One home per test JVM. The native container runs in this JVM and loads the test class a
     * second time inside Felix; a system property makes both loads agree on the folder.
     */
    static synchronized Path sharedHome() {
        String known = System.getProperty("hermod.it.home");
        if (known != null) return Path.of(known);
        try {
            Path home = Files.createTempDirectory("hermod-it-");
            System.setProperty("hermod.it.home", home.toString());
            for (String d : new String[] {"etc", "plugins", "skills", "memories", "logs", "run"}) Files.createDirectories(home.resolve(d));
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> distributionBundles() {
        try (Stream<Path> jars = Files.list(dist().resolve("bundle"))) {
            return jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("build the distribution first: " + e.getMessage(), e);
        }
    }

    /** The built jar of a reactor module, by its folder. */
    static Path sibling(String module) {
        Path root = dist().getParent().getParent().getParent();
        Path target = root.resolve(module).resolve("target");
        try (Stream<Path> jars = Files.list(target)) {
            return jars.filter(p -> p.getFileName().toString().endsWith(".jar") && !p.getFileName().toString().contains("-sources"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no jar in " + target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
