package dev.hermod.skills.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.hermod.api.skill.Skill;

/**
 * The skill folders held aside in {@code skills/.quarantine/} (waiting for the operator) or
 * {@code skills/.archive/} (retired). Each copy lies under a free folder name ({@code foo},
 * {@code foo-2} ...) so no copy overwrites another, and is known by the name in its front matter,
 * not by its folder.
 */
final class HeldCopies {

    /**
     * One held copy.
     *
     * @param name the skill name from its front matter (the folder name when it no longer parses)
     * @param folder where it lies
     * @param skill the parsed skill, or null when its SKILL.md does not parse
     */
    record Copy(String name, Path folder, Skill skill) {

        /** 1 for {@code name}, N for {@code name-N}, 0 for any other folder name: higher is newer. */
        int number() {
            String folderName = folder.getFileName().toString();
            if (folderName.equals(name)) return 1;
            String suffix = folderName.startsWith(name + "-") ? folderName.substring(name.length() + 1) : "";
            return suffix.matches("\\d{1,9}") ? Integer.parseInt(suffix) : 0;
        }
    }

    private HeldCopies() {
    }

    /** Every copy under {@code root}, by folder; empty when the folder does not exist. */
    static List<Copy> in(Path root) {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve(SkillFolderScanner.SKILL_FILE))).sorted()
                    .map(HeldCopies::copy).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The newest copy of {@code name}: the one written last (its SKILL.md's time), the higher folder
     * number on a tie. Folder numbers alone are not enough: a free lower number is reused once an
     * earlier copy is deleted by hand.
     */
    static Optional<Copy> newest(Path root, String name) {
        return in(root).stream().filter(c -> c.name().equals(name))
                .max(Comparator.comparingLong(HeldCopies::written).thenComparingInt(Copy::number));
    }

    private static long written(Copy copy) {
        try {
            return Files.getLastModifiedTime(copy.folder().resolve(SkillFolderScanner.SKILL_FILE)).toMillis();
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    private static Copy copy(Path folder) {
        try {
            String text = Files.readString(folder.resolve(SkillFolderScanner.SKILL_FILE), StandardCharsets.UTF_8);
            Skill skill = SkillParser.parse(text, folder, "", Origin.USER_DIR, SupportingFiles.list(folder));
            return new Copy(skill.name(), folder, skill);
        } catch (IOException | InvalidSkillException | RuntimeException e) {
            return new Copy(folder.getFileName().toString(), folder, null);
        }
    }
}
