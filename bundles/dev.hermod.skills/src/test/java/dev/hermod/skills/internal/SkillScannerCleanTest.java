package dev.hermod.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The skills this project ships and benchmarks must pass the scanner: a rule firing on them is too broad. */
class SkillScannerCleanTest {

    @TempDir
    Path temp;

    @Test
    void bundledAndBenchSkillsAreNotQuarantined() {
        FolderSkillLibrary library = new FolderSkillLibrary(TestSkillsConfig.defaults(), new SkillRoots(
                temp.resolve("user"), Path.of("../../skills"), List.of(Path.of("../../bench/skill-match-cases/skills"))),
                false);
        try {
            assertEquals(List.of(), library.blocked());
            assertTrue(library.list().size() >= 33, "all skills loaded: " + library.list().size());
        } finally {
            library.deactivate();
        }
    }
}
