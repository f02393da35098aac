package dev.hermod.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

class PluginsTest {
    @TempDir Path home;
    @TempDir Path m2;

    static Path jar(Path file, String symbolicName, String version) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (symbolicName != null) manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
        if (version != null) manifest.getMainAttributes().putValue("Bundle-Version", version);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return file;
    }

    private PluginsCommand command() {
        return new PluginsCommand(new PluginFolder(home.resolve("plugins")), m2);
    }

    @Test
    void mavenCoordinatesMapToTheLocalRepositoryLayout() {
        MavenCoordinates c = MavenCoordinates.parse("mvn:org.example.hermod/weather-tool/1.2.0");
        assertEquals(Path.of("/r/org/example/hermod/weather-tool/1.2.0/weather-tool-1.2.0.jar"), c.in(Path.of("/r")));
        assertEquals(Path.of("/r/g/a/1/a-1-osgi.jar"), MavenCoordinates.parse("mvn:g/a/1/jar/osgi").in(Path.of("/r")));
        assertEquals("mvn dependency:get -Dartifact=g:a:1", MavenCoordinates.parse("mvn:g/a/1").fetchCommand());
        for (String wrong : List.of("mvn:g/a", "g/a/1", "mvn:g/../1", "mvn:g/a/1/jar/x/y", "mvn:g a/b/1")) {
            assertThrows(IllegalArgumentException.class, () -> MavenCoordinates.parse(wrong), wrong);
        }
    }

    @Test
    void installsFromTheLocalMavenRepository() throws Exception {
        jar(m2.resolve("org/example/weather/1.0.0/weather-1.0.0.jar"), "org.example.weather;singleton:=true", "1.0.0");
        String result = command().run("install", "mvn:org.example/weather/1.0.0");
        assertTrue(result.startsWith("installed plugins/weather-1.0.0.jar (org.example.weather 1.0.0)"), result);
        assertTrue(Files.isRegularFile(home.resolve("plugins/weather-1.0.0.jar")));
        try (var left = Files.list(home)) {
            assertEquals(List.of(home.resolve("plugins")), left.toList(), "no partial copy is left behind");
        }
    }

    @Test
    void aMissingArtifactSaysHowToFetchIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> command().run("install", "mvn:org.example/none/2.0"));
        assertTrue(e.getMessage().contains("not in the local Maven repository"), e.getMessage());
        assertTrue(e.getMessage().contains("mvn dependency:get -Dartifact=org.example:none:2.0"));
    }

    @Test
    void refusesWhatIsNotABundleAndASecondCopyOfOne() throws Exception {
        Path plain = jar(home.resolve("in/plain.jar"), null, null);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> command().run("install", plain.toString()))
                .getMessage().contains("not an OSGi bundle"));
        command().run("install", jar(home.resolve("in/w-1.jar"), "w", "1").toString());
        Path second = jar(home.resolve("in/w-2.jar"), "w", "2");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> command().run("install", second.toString()))
                .getMessage().contains("plugins/w-1.jar already provides w"));
        assertTrue(command().run("install", jar(home.resolve("in2/w-1.jar"), "w", "1.0.1").toString()).startsWith("updated"));
    }

    @Test
    void uninstallsByBundleNameOrFileName() throws Exception {
        command().run("install", jar(home.resolve("in/a.jar"), "a.bundle", "1").toString());
        command().run("install", jar(home.resolve("in/b.jar"), "b.bundle", "1").toString());
        assertTrue(command().run("uninstall", "a.bundle").startsWith("removed plugins/a.jar (a.bundle)"));
        assertTrue(command().run("uninstall", "b.jar").startsWith("removed plugins/b.jar"));
        assertFalse(Files.exists(home.resolve("plugins/a.jar")));
        assertThrows(IllegalArgumentException.class, () -> command().run("uninstall", "a.bundle"));
        assertThrows(IllegalArgumentException.class, () -> command().run("frobnicate", "x"));
    }

    @Test
    void listingShowsPluginsWithTheirStateAndEveryBundle() throws Exception {
        Path file = jar(home.resolve("plugins/w.jar"), "w", "1.0.0");
        String text = command().list(List.of(
                new BundleFacts(0, "org.apache.felix.framework", "7.0.5", "System Bundle", Bundle.ACTIVE, false, List.of()),
                new BundleFacts(12, "w", "1.0.0", file.toUri().toString(), Bundle.ACTIVE, false, List.of())));
        assertTrue(text.contains("FILE   BUNDLE  VERSION  STATE\nw.jar  w       1.0.0    ACTIVE\n"), text);
        assertTrue(text.contains("12  ACTIVE  w                           1.0.0"), text);
    }
}
