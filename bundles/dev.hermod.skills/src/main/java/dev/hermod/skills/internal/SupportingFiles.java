package dev.hermod.skills.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files beside a SKILL.md: listed from {@code references/}, {@code templates/},
 * {@code scripts/} and {@code assets/}, and read with every path kept inside the skill's folder and
 * every text scanned as it is served.
 */
final class SupportingFiles {

    static final List<String> FOLDERS = List.of("references", "templates", "scripts", "assets");
    static final int MAX_LISTED = 500;
    static final long MAX_READ_BYTES = 1024 * 1024;
    private static final int MAX_DEPTH = 6;

    private SupportingFiles() {
    }

    /** The supporting files of a skill folder, relative with '/' separators, sorted; hidden files left out. */
    static List<String> list(Path skillFolder) throws IOException {
        List<String> files = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path dir = skillFolder.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir, MAX_DEPTH)) {
                walk.filter(Files::isRegularFile)
                        .map(p -> skillFolder.relativize(p).toString().replace('\\', '/'))
                        .filter(p -> !p.startsWith(".") && !p.contains("/."))
                        .sorted().limit(MAX_LISTED - files.size()).forEach(files::add);
            }
        }
        return files;
    }

    /**
     * Reads one file of a skill folder as text, for the model: SKILL.md or a file under one of the
     * four folders, scanned by the safety scanner exactly as it is returned.
     *
     * @throws ServedText.Blocked when the text fails the safety scan (or is not UTF-8)
     * @throws IllegalArgumentException when the path leaves the folder (also through a symlink), is
     *         hidden or outside the four folders, does not exist, is a folder, too big or binary
     */
    static String read(Path skillFolder, String relative) {
        if (relative == null || relative.isBlank()) {
            throw new IllegalArgumentException("give the file's path inside the skill folder, e.g. references/api.md");
        }
        try {
            Path folder = skillFolder.toRealPath();
            Path asked = Path.of(relative.strip());
            Path target = folder.resolve(asked).normalize();
            if (asked.isAbsolute() || !target.startsWith(folder)) {
                throw new IllegalArgumentException("refused: '" + relative + "' leaves the skill folder; give a path "
                        + "inside it, e.g. references/api.md");
            }
            String inside = folder.relativize(target).toString().replace('\\', '/');
            refuseUnlisted(relative, inside);
            Path real = target.toRealPath();
            if (!real.startsWith(folder)) {
                throw new IllegalArgumentException("refused: '" + relative + "' is a link that leads out of the skill "
                        + "folder");
            }
            return text(real, inside, folder);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no file '" + relative + "' in the skill folder " + skillFolder);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + relative + "' is not a valid path: " + e.getReason());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read '" + relative + "': " + e);
        }
    }

    /** Only what the scanner scans at load is served: SKILL.md and files in the four folders, none hidden. */
    private static void refuseUnlisted(String relative, String inside) {
        if (inside.startsWith(".") || inside.contains("/.")) {
            throw new IllegalArgumentException("refused: '" + relative + "' is a hidden file; only SKILL.md and the "
                    + "supporting files skill_view lists can be shown");
        }
        if (!inside.equals(SkillFolderScanner.SKILL_FILE) && FOLDERS.stream().noneMatch(f -> inside.startsWith(f + "/"))) {
            throw new IllegalArgumentException("refused: '" + relative + "' is not a supporting file; only SKILL.md and "
                    + "files under references/, templates/, scripts/ or assets/ can be shown");
        }
    }

    private static String text(Path file, String relative, Path folder) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("'" + relative + "' is a folder; name a file inside it");
        }
        long size = Files.size(file);
        if (size > MAX_READ_BYTES) {
            throw new IllegalArgumentException("'" + relative + "' is " + size + " bytes, over the 1 MiB limit");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_READ_BYTES + 1); // the size may have grown since it was checked
        }
        if (bytes.length > MAX_READ_BYTES) {
            throw new IllegalArgumentException("'" + relative + "' is over the 1 MiB limit");
        }
        if (SkillScanner.isBinary(bytes)) {
            throw new IllegalArgumentException("'" + relative + "' is a binary file (" + bytes.length + " bytes); "
                    + "only text files can be shown");
        }
        String where = "the skill at " + folder;
        String text;
        try {
            text = SkillScanner.decode(bytes);
        } catch (CharacterCodingException e) {
            return ServedText.passed(where, relative, "", List.of(SkillScanner.notUtf8(relative)));
        }
        return ServedText.check(where, relative, text); // the exact text returned, not the one scanned at load
    }
}
