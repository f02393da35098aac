package dev.hermod.skills.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the skills in one folder: {@code <name>/SKILL.md} or {@code <category>/<name>/SKILL.md}
 * (categories may nest). A folder holding a SKILL.md is a skill; the scanner does not look inside it
 * for more skills. Hidden folders are skipped.
 */
final class SkillFolderScanner {

    static final String SKILL_FILE = "SKILL.md";
    static final long MAX_SKILL_BYTES = 1024 * 1024;
    private static final int MAX_CATEGORY_DEPTH = 3;

    /** The skills found and the SKILL.md files that could not be used. */
    record Result(List<Candidate> candidates, List<SkillProblem> problems) {
    }

    private final Path root;
    private final Origin origin;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<SkillProblem> problems = new ArrayList<>();

    private SkillFolderScanner(Path root, Origin origin) {
        this.root = root;
        this.origin = origin;
    }

    /** Scans {@code root}; a missing root holds no skills. */
    static Result scan(Path root, Origin origin) {
        SkillFolderScanner scanner = new SkillFolderScanner(root, origin);
        if (Files.isDirectory(root)) {
            scanner.visit(root, 0);
        }
        return new Result(List.copyOf(scanner.candidates), List.copyOf(scanner.problems));
    }

    private void visit(Path folder, int depth) {
        for (Path child : children(folder)) {
            if (Files.isRegularFile(child.resolve(SKILL_FILE))) {
                load(child);
            } else if (depth < MAX_CATEGORY_DEPTH) {
                visit(child, depth + 1);
            }
        }
    }

    private List<Path> children(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(new SkillProblem(folder.toString(), "cannot list the folder: " + e));
            return List.of();
        }
    }

    private void load(Path skillFolder) {
        Path file = skillFolder.resolve(SKILL_FILE);
        try {
            if (Files.size(file) > MAX_SKILL_BYTES) {
                throw new InvalidSkillException("SKILL.md is larger than 1 MiB; move detail into references/");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Path parent = root.relativize(skillFolder).getParent();
            String category = parent == null ? "" : parent.toString().replace('\\', '/');
            candidates.add(new Candidate(SkillParser.parse(text, skillFolder, category, origin,
                    SupportingFiles.list(skillFolder)), origin, file.toString()));
        } catch (InvalidSkillException e) {
            problems.add(new SkillProblem(file.toString(), e.getMessage()));
        } catch (IOException e) {
            problems.add(new SkillProblem(file.toString(), "cannot read SKILL.md (" + e + "); is it UTF-8 text?"));
        }
    }
}
