package dev.hermod.shell.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The $HERMOD_HOME/plugins folder that FileInstall watches: a jar copied in is installed and
 * started, a jar deleted is uninstalled. Copies land atomically so FileInstall never reads half a jar.
 */
final class PluginFolder {

    /** A jar in the folder; {@code symbolicName} is empty when it is not an OSGi bundle. */
    record PluginJar(Path file, String symbolicName, String version) {}

    private final Path folder;

    PluginFolder(Path folder) {
        this.folder = folder;
    }

    Path path() {
        return folder;
    }

    List<PluginJar> list() throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        List<PluginJar> jars = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path file : files) jars.add(read(file));
        }
        jars.sort(Comparator.comparing(j -> j.file().getFileName().toString()));
        return jars;
    }

    /** Copies a bundle jar in; replaces a jar of the same name (an update). */
    String install(Path source) throws IOException {
        if (!Files.isRegularFile(source)) throw new NoSuchFileException(source + " (no such file)");
        PluginJar bundle = read(source);
        if (bundle.symbolicName().isEmpty()) {
            throw new IllegalArgumentException(source + " is not an OSGi bundle: its manifest has no Bundle-SymbolicName");
        }
        Path target = folder.resolve(source.getFileName().toString());
        Optional<PluginJar> other = list().stream()
                .filter(j -> j.symbolicName().equals(bundle.symbolicName()) && !j.file().getFileName().equals(target.getFileName()))
                .findFirst();
        if (other.isPresent()) {
            throw new IllegalArgumentException("plugins/" + other.get().file().getFileName() + " already provides "
                    + bundle.symbolicName() + "; uninstall it first (plugins uninstall " + bundle.symbolicName() + ")");
        }
        boolean update = Files.exists(target);
        copyAtomically(source, target);
        return (update ? "updated " : "installed ") + "plugins/" + target.getFileName() + " (" + bundle.symbolicName() + " "
                + bundle.version() + "); FileInstall " + (update ? "updates" : "starts") + " it within a few seconds";
    }

    /** Deletes the jar with this file name or bundle symbolic name. */
    String uninstall(String fileOrName) throws IOException {
        for (PluginJar jar : list()) {
            String file = jar.file().getFileName().toString();
            if (file.equals(fileOrName) || jar.symbolicName().equals(fileOrName)) {
                Files.delete(jar.file());
                return "removed plugins/" + file + (jar.symbolicName().isEmpty() ? "" : " (" + jar.symbolicName() + ")")
                        + "; FileInstall uninstalls it within a few seconds";
            }
        }
        throw new IllegalArgumentException("no jar in " + folder + " is named or provides " + fileOrName + "; `plugins` lists them");
    }

    private void copyAtomically(Path source, Path target) throws IOException {
        Files.createDirectories(folder);
        // The partial copy lives beside plugins/, where FileInstall does not look.
        Path temp = Files.createTempFile(folder.toAbsolutePath().getParent(), ".plugin-", ".part");
        try {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static PluginJar read(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
            String name = main.getValue("Bundle-SymbolicName");
            String version = main.getValue("Bundle-Version");
            return new PluginJar(jar, name == null ? "" : name.split(";")[0].strip(), version == null ? "0.0.0" : version.strip());
        } catch (IOException e) {
            return new PluginJar(jar, "", "");
        }
    }
}
