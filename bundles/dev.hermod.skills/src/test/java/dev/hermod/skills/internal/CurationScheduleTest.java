package dev.hermod.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurationScheduleTest {

    @TempDir Path temp;
    FolderSkillLibrary library;
    SkillLoop loop;
    final Map<String, Object> settings = new HashMap<>(Map.of("curate__interval__hours", 24));

    @BeforeEach
    void open() {
        library = new FolderSkillLibrary(TestSkillsConfig.defaults(), new SkillRoots(temp.resolve("skills"), null, List.of()),
                temp.resolve("state.db"), false);
        loop = new SkillLoop(library, TestLoopConfig.with(settings));
    }

    @AfterEach
    void close() {
        loop.deactivate();
        library.deactivate();
    }

    private SkillAdminService admin() {
        return new SkillAdminService(library, loop);
    }

    @Test
    void curationRunsWhenItsIntervalHasPassedSinceTheLastRunEvenAcrossRestarts() {
        Instant start = Instant.parse("2026-12-01T10:00:00Z");
        SkillAdminService first = admin();
        assertTrue(first.curateIfDue(start), "never curated: due at once");
        assertFalse(first.curateIfDue(start.plus(Duration.ofHours(23))));
        first.deactivate();

        SkillAdminService afterRestart = admin(); // the last run is in state.db, not in the process
        assertFalse(afterRestart.curateIfDue(start.plus(Duration.ofHours(23).plusMinutes(59))));
        assertTrue(afterRestart.curateIfDue(start.plus(Duration.ofHours(24))));
        afterRestart.deactivate();
    }

    @Test
    void aChangedIntervalAppliesWithoutARestartAndZeroTurnsItOff() {
        Instant start = Instant.now();
        SkillAdminService admin = admin();
        try {
            assertTrue(admin.curateIfDue(start));
            loop.modified(TestLoopConfig.with(Map.of("curate__interval__hours", 1)));
            assertTrue(admin.curateIfDue(start.plus(Duration.ofMinutes(61))), "the new 1 h interval applies");
            loop.modified(TestLoopConfig.with(Map.of("curate__interval__hours", 0)));
            assertFalse(admin.curateIfDue(start.plus(Duration.ofDays(30))));
            assertEquals("curated", library.state().events(SkillAdminService.LIBRARY, 1).get(0).kind());
        } finally {
            admin.deactivate();
        }
    }
}
