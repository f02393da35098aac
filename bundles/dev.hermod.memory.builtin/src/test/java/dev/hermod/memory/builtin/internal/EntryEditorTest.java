package dev.hermod.memory.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.hermod.memory.builtin.internal.EditOutcome.Status;

class EntryEditorTest {

    private final EntryEditor editor = new EntryEditor(MemoryTarget.MEMORY, 100);
    private final List<String> entries = List.of("Server runs Debian 12", "Deploys go through make release",
            "Tests need Docker running");

    @Test
    void addAppends() {
        EditOutcome out = editor.apply(entries, new MemoryEdit.Add("  Uses JDK 25  "));
        assertEquals(Status.CHANGED, out.status());
        assertEquals("Uses JDK 25", out.entries().get(3));
    }

    @Test
    void exactDuplicateAddChangesNothing() {
        EditOutcome out = editor.apply(entries, new MemoryEdit.Add("Server runs Debian 12"));
        assertEquals(Status.UNCHANGED, out.status());
        assertEquals(entries, out.entries());
        assertTrue(out.reason().contains("already in MEMORY.md"));
    }

    @Test
    void replaceAndRemovePickTheOneMatchingEntry() {
        EditOutcome replaced = editor.apply(entries, new MemoryEdit.Replace("make release", "Deploys: make release-prod"));
        assertEquals(Status.CHANGED, replaced.status());
        assertEquals("Deploys: make release-prod", replaced.entries().get(1));
        assertEquals("Deploys go through make release", replaced.affected());

        EditOutcome removed = editor.apply(entries, new MemoryEdit.Remove("Docker"));
        assertEquals(List.of("Server runs Debian 12", "Deploys go through make release"), removed.entries());
        assertEquals("Tests need Docker running", removed.affected());
    }

    @Test
    void ambiguousOldTextListsTheCandidates() {
        EditOutcome out = editor.apply(entries, new MemoryEdit.Remove("s"));
        assertEquals(Status.REFUSED, out.status());
        assertEquals(entries, out.entries());
        assertTrue(out.reason().contains("matches 3 entries"), out.reason());
        assertTrue(out.reason().contains("- Tests need Docker running"), out.reason());
    }

    @Test
    void identicalCopiesAreNotAmbiguous() {
        List<String> copies = List.of("same fact", "other", "same fact");
        EditOutcome out = editor.apply(copies, new MemoryEdit.Remove("same"));
        assertEquals(List.of("other", "same fact"), out.entries());
    }

    @Test
    void unknownOldTextSaysWhatIsThere() {
        EditOutcome out = editor.apply(entries, new MemoryEdit.Replace("Ubuntu", "x"));
        assertEquals(Status.REFUSED, out.status());
        assertTrue(out.reason().contains("No entry in MEMORY.md contains \"Ubuntu\""), out.reason());
        assertTrue(out.reason().contains("- Server runs Debian 12"), out.reason());
        assertTrue(editor.apply(List.of(), new MemoryEdit.Remove("x")).reason().contains("the file is empty"));
    }

    @Test
    void growingPastTheLimitIsRefusedWithTheFillLevel() {
        EditOutcome out = editor.apply(entries, new MemoryEdit.Add("x".repeat(30)));
        assertEquals(Status.FULL, out.status());
        assertEquals(entries, out.entries());
        assertTrue(out.reason().contains("would hold 116/100 chars"), out.reason());
        assertTrue(out.reason().contains("It is at 83/100 chars, 83%"), out.reason());
        assertTrue(out.reason().contains("action consolidate with the full new list"), out.reason());
    }

    @Test
    void shrinkingIsAllowedEvenOverTheLimit() {
        List<String> big = List.of("a".repeat(90), "b".repeat(20));
        EditOutcome out = editor.apply(big, new MemoryEdit.Replace("bbb", "b".repeat(10)));
        assertEquals(Status.CHANGED, out.status());
        assertEquals(Status.FULL, editor.apply(big, new MemoryEdit.Replace("bbb", "b".repeat(21))).status());
    }

    @Test
    void consolidationMustFitAndAnIdenticalListChangesNothing() {
        EditOutcome merged = editor.apply(entries, new MemoryEdit.Consolidate(List.of("Debian 12 server; make release",
                " Debian 12 server; make release ")));
        assertEquals(Status.CHANGED, merged.status());
        assertEquals(List.of("Debian 12 server; make release"), merged.entries(), "stripped and deduplicated");
        assertEquals(EntryFormat.format(entries), merged.affected(), "the whole file before");
        assertEquals(Status.UNCHANGED, editor.apply(entries, new MemoryEdit.Consolidate(entries)).status());
        assertEquals(Status.FULL, editor.apply(entries, new MemoryEdit.Consolidate(List.of("x".repeat(101)))).status());
        assertEquals(Status.CHANGED, editor.apply(entries, new MemoryEdit.Consolidate(List.of("x".repeat(100)))).status());
    }

    @Test
    void lineDiffIsUnified() {
        assertEquals("--- a/M\n+++ b/M\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n", LineDiff.unified("M", "a\nb\nc\n", "a\nB\nc\n"));
        assertEquals("--- a/M\n+++ b/M\n@@ -0,0 +1,1 @@\n+new\n", LineDiff.unified("M", "", "new\n"));
        assertEquals("", LineDiff.unified("M", "same\n", "same\n"));
    }

    @Test
    void incompleteEditsAreRejectedWithAdvice() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MemoryEdit.Add(" "))
                .getMessage().contains("content is required for add"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MemoryEdit.Replace("", "x"))
                .getMessage().contains("old_text is required for replace"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MemoryEdit.Remove(null))
                .getMessage().contains("old_text is required for remove"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MemoryEdit.Add("a\n§\nb"))
                .getMessage().contains("separates entries"));
    }
}
