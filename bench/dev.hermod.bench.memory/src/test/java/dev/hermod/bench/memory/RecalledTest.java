package dev.hermod.bench.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class RecalledTest {

    private final TurnIndex index = index();

    private static TurnIndex index() {
        TurnIndex index = new TurnIndex();
        index.stored("s1", 1, "user", "Maya: Hey, how was your Monday?", "c-s1-t1");
        index.stored("s1", 2, "assistant", "Theo: I moved   from Lyon to Porto last month.", "c-s1-t2");
        index.stored("s1", 3, "user", "Maya: I moved from Lyon to Porto last month.", "c-s1-t3");
        index.fact(7, "c-s1-t3");
        return index;
    }

    @Test
    void builtinSessionLinesMapBySessionRoleAndSnippetText() {
        String block = "- [session s1, user] …moved from Lyon to Porto…\n- [memory, 2024-01-01, added] likes tea";

        List<Recalled> recalled = Recalled.fromBuiltin(block, index);

        assertEquals(2, recalled.size());
        assertEquals("c-s1-t3", recalled.get(0).turnId(), "the user's turn, not the assistant's identical one");
        assertNull(recalled.get(1).turnId(), "an archive line is no turn, but still takes a rank");
    }

    @Test
    void snippetFromAnotherSessionMapsToNothing() {
        assertNull(Recalled.fromBuiltin("- [session s2, user] moved from Lyon", index).get(0).turnId());
    }

    @Test
    void holographicFactLinesMapByFactIdAndTheHeaderIsDropped() {
        String block = "Recalled facts (holographic memory; rate with fact_feedback):\n[fact #7, trust 0.50] Maya: I moved…"
                + "\n[fact #9, trust 0.50] unknown";

        List<Recalled> recalled = Recalled.fromHolographic(block, index);

        assertEquals(2, recalled.size());
        assertEquals("c-s1-t3", recalled.get(0).turnId());
        assertNull(recalled.get(1).turnId());
    }

    @Test
    void emptyBlocksRecallNothing() {
        assertEquals(List.of(), Recalled.fromBuiltin("", index));
        assertEquals(List.of(), Recalled.fromHolographic("", index));
    }
}
