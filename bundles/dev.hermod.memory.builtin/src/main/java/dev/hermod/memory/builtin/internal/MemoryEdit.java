package dev.hermod.memory.builtin.internal;

import java.util.ArrayList;
import java.util.List;

import dev.hermod.api.memory.MemoryWrite;

/**
 * One change the model asked for. The constructors reject incomplete edits with an
 * {@link IllegalArgumentException} whose message tells the model what to send.
 */
sealed interface MemoryEdit {

    MemoryWrite.Action action();

    /** The new entry text, or empty for a removal. */
    String content();

    /** The text that picks the entry to change, or empty for an addition. */
    String oldText();

    /** Adds {@code content} as a new entry. */
    record Add(String content) implements MemoryEdit {
        public Add {
            content = requireContent(content, "add");
        }
        @Override public MemoryWrite.Action action() { return MemoryWrite.Action.ADD; }
        @Override public String oldText() { return ""; }
    }

    /** Replaces the one entry containing {@code oldText} with {@code content}. */
    record Replace(String oldText, String content) implements MemoryEdit {
        public Replace {
            oldText = requireOldText(oldText, "replace");
            content = requireContent(content, "replace");
        }
        @Override public MemoryWrite.Action action() { return MemoryWrite.Action.REPLACE; }
    }

    /** Removes the one entry containing {@code oldText}. */
    record Remove(String oldText) implements MemoryEdit {
        public Remove {
            oldText = requireOldText(oldText, "remove");
        }
        @Override public MemoryWrite.Action action() { return MemoryWrite.Action.REMOVE; }
        @Override public String content() { return ""; }
    }

    /**
     * Replaces all entries of the file with {@code entries} (merged, shortened, pruned), recorded in
     * the archive with a diff so nothing is dropped silently.
     */
    record Consolidate(List<String> entries) implements MemoryEdit {
        public Consolidate {
            List<String> clean = new ArrayList<>();
            for (String entry : entries) {
                String text = requireContent(entry, "consolidate");
                if (!clean.contains(text)) clean.add(text);
            }
            entries = List.copyOf(clean);
        }
        @Override public MemoryWrite.Action action() { return MemoryWrite.Action.CONSOLIDATE; }
        /** All new entries in file form, so the secret check sees every one. */
        @Override public String content() { return EntryFormat.format(entries); }
        @Override public String oldText() { return ""; }
    }

    private static String requireContent(String content, String action) {
        if (content == null || content.isBlank()) {
            throw new IllegalArgumentException(action.equals("consolidate")
                    ? "entries for consolidate must be non-empty strings, one fact each."
                    : "content is required for " + action + ": the full text of the entry.");
        }
        if (EntryFormat.containsSeparator(content)) {
            throw new IllegalArgumentException("content must not contain a line holding only "
                    + EntryFormat.SEPARATOR + ": that line separates entries. Save separate facts as separate entries.");
        }
        return content.strip();
    }

    private static String requireOldText(String oldText, String action) {
        if (oldText == null || oldText.isBlank()) {
            throw new IllegalArgumentException("old_text is required for " + action
                    + ": a short piece of the entry's text that no other entry contains.");
        }
        return oldText;
    }
}
