package dev.hermod.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The installed distribution: {@code lib/} (this launcher and Felix), {@code bundle/} (the
 * resolved bundles) and {@code skills/} (the bundled skills). Found from this jar's location,
 * or from the system property {@code hermod.dist}.
 */
record Distribution(Path root) {

    static Distribution locate() throws LaunchException {
        String configured = System.getProperty("hermod.dist");
        Path root;
        if (configured != null) {
            root = Path.of(configured);
        } else {
            try {
                Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                root = jar.getParent().getParent();
            } catch (URISyntaxException | RuntimeException e) {
                throw new LaunchException("cannot tell where Hermod is installed; set -Dhermod.dist=<folder>", e);
            }
        }
        if (!Files.isDirectory(root.resolve("bundle"))) {
            throw new LaunchException("no bundle/ folder in " + root + ": this is not a Hermod distribution "
                    + "(build one with ./mvnw install; it lands in distribution/target/hermod)");
        }
        return new Distribution(root.toAbsolutePath().normalize());
    }

    List<Path> bundles() throws LaunchException {
        try (Stream<Path> files = Files.list(root.resolve("bundle"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
            if (jars.isEmpty()) throw new LaunchException("the distribution's bundle/ folder is empty: rebuild it");
            return jars;
        } catch (IOException e) {
            throw new LaunchException("cannot list " + root.resolve("bundle") + ": " + e.getMessage(), e);
        }
    }

    Path skills() { return root.resolve("skills"); }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
