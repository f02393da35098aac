package dev.hermod.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.hermod.api.memory.PinnedFile;

/** The doctor's memory file checks warn where the agent starts being told to consolidate: 80%. */
class MemoryChecksTest {

    @Test
    void aFileWarnsFromEightyPercentTheLevelAtWhichTheAgentIsToldToConsolidate() {
        List<Check> checks = ServiceChecks.memory(List.of(), List.of(
                new PinnedFile("MEMORY.md", List.of(), 1760, 2200, true),
                new PinnedFile("USER.md", List.of(), 1086, 1375, true)));

        assertEquals(Check.Status.WARN, checks.get(1).status(), checks.get(1).text());
        assertEquals("MEMORY.md 1,760/2,200 chars (80%): nearly full: the agent is warned to consolidate it when it"
                + " next saves a memory (or ask it to consolidate its memory now)", checks.get(1).text());
        assertEquals(Check.info("USER.md 1,086/1,375 chars (79%)"), checks.get(2));
    }
}
