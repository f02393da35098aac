package dev.hermod.shell.internal;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Maven coordinates in the {@code mvn:group/artifact/version[/type[/classifier]]} form, and where
 * they live in a local repository.
 */
record MavenCoordinates(String group, String artifact, String version, String type, String classifier) {
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.\\-]+");

    /** @throws IllegalArgumentException saying what the form must be */
    static MavenCoordinates parse(String text) {
        String[] parts = text.startsWith("mvn:") ? text.substring(4).split("/", -1) : new String[0];
        if (parts.length < 3 || parts.length > 5) throw wrong(text);
        for (String part : parts) {
            if (!PART.matcher(part).matches() || part.equals("..") || part.equals(".")) throw wrong(text);
        }
        return new MavenCoordinates(parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : "jar",
                parts.length > 4 ? parts[4] : "");
    }

    /** The artifact's file name, e.g. {@code foo-1.2.jar}. */
    String fileName() {
        return artifact + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier) + "." + type;
    }

    /** Where the artifact is in the repository rooted at {@code repository}. */
    Path in(Path repository) {
        return repository.resolve(group.replace('.', '/')).resolve(artifact).resolve(version).resolve(fileName());
    }

    /** How to fetch it into the local repository. */
    String fetchCommand() {
        return "mvn dependency:get -Dartifact=" + group + ":" + artifact + ":" + version + (type.equals("jar") && classifier.isEmpty()
                ? "" : ":" + type + (classifier.isEmpty() ? "" : ":" + classifier));
    }

    private static IllegalArgumentException wrong(String text) {
        return new IllegalArgumentException("'" + text + "' is not mvn:<group>/<artifact>/<version>[/<type>[/<classifier>]],"
                + " e.g. mvn:org.example/hermod-tool-weather/1.0.0");
    }
}
