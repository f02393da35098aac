package dev.hermod.memory.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class EntryFormatTest {

    @Test
    void formatAndParseRoundTrip() {
        List<String> entries = List.of("User prefers uv over pip", "Project uses Java 21\nand Felix 7", "ünïcödé 🙂 entry");
        String text = EntryFormat.format(entries);
        assertEquals("User prefers uv over pip\n§\nProject uses Java 21\nand Felix 7\n§\nünïcödé 🙂 entry\n", text);
        assertEquals(entries, EntryFormat.parse(text));
    }

    @Test
    void oddWhitespaceIsReadLeniently() {
        String text = "\r\n  first entry  \r\n   §   \r\n\r\nsecond\n\n  with a blank line inside\n§\n§\n\t§\t\nthird\n§";
        assertEquals(List.of("first entry", "second\n\n  with a blank line inside", "third"), EntryFormat.parse(text));
    }

    @Test
    void emptyFilesAndSeparatorsOnlyHaveNoEntries() {
        assertEquals(List.of(), EntryFormat.parse(""));
        assertEquals(List.of(), EntryFormat.parse("\n§\n  §\n\n"));
        assertEquals("", EntryFormat.format(List.of()));
    }

    @Test
    void sectionSignInsideALineIsText() {
        assertEquals(List.of("see § 4 of the contract", "§§"), EntryFormat.parse("see § 4 of the contract\n§\n§§"));
        assertTrue(EntryFormat.containsSeparator("a\n § \nb"));
        assertFalse(EntryFormat.containsSeparator("a § b"));
    }

    @Test
    void sizeCountsCharactersOfTheJoinedEntries() {
        assertEquals(0, EntryFormat.size(List.of()));
        assertEquals(3, EntryFormat.size(List.of("abc")));
        assertEquals(3 + 3 + 2, EntryFormat.size(List.of("abc", "🙂é")), "separator \\n§\\n is 3, an emoji is 1");
    }
}
