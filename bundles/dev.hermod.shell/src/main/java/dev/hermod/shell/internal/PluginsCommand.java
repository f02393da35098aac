package dev.hermod.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code hermod:plugins}: lists, installs and uninstalls plugin bundles through the plugins folder. */
final class PluginsCommand {
    private final PluginFolder folder;
    private final Path mavenRepository;

    PluginsCommand(PluginFolder folder, Path mavenRepository) {
        this.folder = folder;
        this.mavenRepository = mavenRepository;
    }

    /** The local repository: the configured one, or ~/.m2/repository. */
    static Path mavenRepository(String configured) {
        return configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".m2", "repository") : Path.of(configured);
    }

    String list(List<BundleFacts> bundles) throws IOException {
        StringBuilder text = new StringBuilder("plugins in ").append(folder.path()).append('\n');
        List<PluginFolder.PluginJar> jars = folder.list();
        if (jars.isEmpty()) {
            text.append("  (none: `plugins install <file.jar | mvn:group/artifact/version>` adds one)\n");
        } else {
            TextTable table = new TextTable("FILE", "BUNDLE", "VERSION", "STATE");
            jars.forEach(j -> table.row(j.file().getFileName(), j.symbolicName().isEmpty() ? "(not a bundle)" : j.symbolicName(),
                    j.version(), state(j, bundles)));
            text.append(table);
        }
        text.append("\ninstalled bundles\n");
        TextTable table = new TextTable("ID", "STATE", "BUNDLE", "VERSION");
        bundles.forEach(b -> table.row(b.id(), b.stateName(), b.symbolicName(), b.version()));
        return text.append(table).toString();
    }

    String run(String action, String target) throws IOException {
        return switch (action.toLowerCase(Locale.ROOT)) {
            case "install" -> folder.install(resolve(target));
            case "uninstall", "remove" -> folder.uninstall(target);
            default -> throw new IllegalArgumentException("unknown action " + action + ": use plugins, plugins install <file-or-mvn:...>"
                    + " or plugins uninstall <bundle-or-file>");
        };
    }

    /** A file path, or mvn: coordinates looked up in the local Maven repository. */
    Path resolve(String target) {
        if (!target.startsWith("mvn:")) {
            Path file = Path.of(target).toAbsolutePath();
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(file + " does not exist" + (Path.of(target).isAbsolute() ? ""
                        : " (a relative path is resolved in the directory Hermod runs in; give an absolute path)"));
            }
            return file;
        }
        MavenCoordinates coordinates = MavenCoordinates.parse(target);
        Path jar = coordinates.in(mavenRepository);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(target + " is not in the local Maven repository (" + jar + "); fetch it with `"
                    + coordinates.fetchCommand() + "` or give the jar's path");
        }
        return jar;
    }

    private static String state(PluginFolder.PluginJar jar, List<BundleFacts> bundles) {
        String uri = jar.file().toUri().toString();
        return bundles.stream()
                .filter(b -> b.location().equals(uri) || b.location().endsWith("/" + jar.file().getFileName())
                        || b.symbolicName().equals(jar.symbolicName()) && b.version().equals(jar.version()))
                .map(BundleFacts::stateName).findFirst().orElse("not installed yet");
    }
}
