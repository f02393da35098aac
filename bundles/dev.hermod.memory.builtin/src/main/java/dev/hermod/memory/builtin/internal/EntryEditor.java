package dev.hermod.memory.builtin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Applies a {@link MemoryEdit} to the entries of one file: validation, matching, the duplicate
 * rule, the size limit and, for a consolidation, what the caller has seen. Pure: reading and
 * writing the file is the caller's business.
 */
final class EntryEditor {

    private static final int PREVIEW = 70;

    private final MemoryTarget target;
    private final int limit;
    private final Predicate<String> seen;

    /** An editor for a caller that has seen every entry. */
    EntryEditor(MemoryTarget target, int limit) {
        this(target, limit, entry -> true);
    }

    /** An editor for a caller that has seen the entries {@code seen} accepts. */
    EntryEditor(MemoryTarget target, int limit, Predicate<String> seen) {
        this.target = target;
        this.limit = limit;
        this.seen = seen;
    }

    EditOutcome apply(List<String> entries, MemoryEdit edit) {
        return switch (edit) {
            case MemoryEdit.Add add -> add(entries, add.content().strip());
            case MemoryEdit.Replace replace -> replace(entries, replace.oldText(), replace.content().strip());
            case MemoryEdit.Remove remove -> remove(entries, remove.oldText());
            case MemoryEdit.Consolidate consolidate -> consolidate(entries, consolidate.entries());
        };
    }

    private EditOutcome add(List<String> entries, String content) {
        if (entries.contains(content)) {
            return EditOutcome.unchanged(entries, "That entry is already in " + target.fileName() + "; nothing changed.");
        }
        List<String> after = new ArrayList<>(entries);
        after.add(content);
        return fitting(entries, after, "");
    }

    private EditOutcome replace(List<String> entries, String oldText, String content) {
        int index = match(entries, oldText);
        if (index < 0) return EditOutcome.refused(entries, matchProblem(entries, oldText));
        String old = entries.get(index);
        if (old.equals(content)) {
            return EditOutcome.unchanged(entries, "The entry already reads exactly like that; nothing changed.");
        }
        List<String> after = new ArrayList<>(entries);
        after.set(index, content);
        return fitting(entries, after, old);
    }

    private EditOutcome remove(List<String> entries, String oldText) {
        int index = match(entries, oldText);
        if (index < 0) return EditOutcome.refused(entries, matchProblem(entries, oldText));
        List<String> after = new ArrayList<>(entries);
        String old = after.remove(index);
        return EditOutcome.changed(after, old);
    }

    /**
     * Unlike the other edits, a consolidation must end within the limit: it exists to make room.
     * It replaces the whole file with a list the model built from its view of the file, so it is
     * refused when it would drop an entry outside that view (another session's or a person's).
     */
    private EditOutcome consolidate(List<String> entries, List<String> after) {
        if (after.equals(entries)) {
            return EditOutcome.unchanged(entries, "The entries already read exactly like that; nothing changed.");
        }
        List<String> unseen = EntryChanges.dropped(entries, after).stream().filter(seen.negate()).toList();
        if (!unseen.isEmpty()) return EditOutcome.stale(entries, staleProblem(entries, unseen));
        int size = EntryFormat.size(after);
        if (size > limit) {
            return EditOutcome.full(entries, "Not consolidated: the new entries of " + target.fileName() + " hold "
                    + new FillLevel(size, limit).chars() + ", over its limit; nothing changed. Merge and shorten more,"
                    + " then send the whole list again.");
        }
        return EditOutcome.changed(after, EntryFormat.format(entries));
    }

    /** Growing past the limit is refused; an edit that does not grow is allowed even over the limit. */
    private EditOutcome fitting(List<String> before, List<String> after, String affected) {
        int size = EntryFormat.size(after);
        int current = EntryFormat.size(before);
        if (size > limit && size > current) {
            return EditOutcome.full(before, "Not saved: " + target.fileName() + " would hold "
                    + new FillLevel(size, limit).chars() + ", over its limit. It is at " + new FillLevel(current, limit)
                    + " now. Make room first: consolidate (action consolidate with the full new list of entries:"
                    + " merge related ones, shorten wordy ones, drop outdated ones; what you drop stays in the archive),"
                    + " or use replace and remove; then try again. Current entries:\n" + list(before));
        }
        return EditOutcome.changed(after, affected);
    }

    private String staleProblem(List<String> entries, List<String> unseen) {
        return "Not consolidated: " + target.fileName() + " changed since you last saw it. Your list leaves out "
                + (unseen.size() == 1 ? "this entry" : "these " + unseen.size() + " entries") + ", written by another"
                + " session or by hand, which you have not seen:\n" + inFull(unseen) + "\nNothing changed. Send the whole"
                + " list again, deciding about these too (keep, merge or drop them on purpose). " + target.fileName()
                + " now holds, in full:\n" + inFull(entries);
    }

    /** Every entry in full, one per item, continuation lines indented. */
    static String inFull(List<String> entries) {
        StringBuilder out = new StringBuilder();
        for (String entry : entries) out.append("- ").append(entry.replace("\n", "\n  ")).append('\n');
        return out.toString().stripTrailing();
    }

    /** The index of the one entry containing {@code oldText}; -1 for none or several different ones. */
    private static int match(List<String> entries, String oldText) {
        List<Integer> hits = matches(entries, oldText);
        if (hits.isEmpty()) return -1;
        // several copies of one identical entry (a hand edit) are not ambiguous: act on the first
        boolean identical = hits.stream().map(entries::get).distinct().count() == 1;
        return hits.size() == 1 || identical ? hits.get(0) : -1;
    }

    private String matchProblem(List<String> entries, String oldText) {
        List<Integer> hits = matches(entries, oldText);
        if (hits.isEmpty()) {
            return "No entry in " + target.fileName() + " contains \"" + preview(oldText) + "\". old_text must be an"
                    + " exact piece of one entry" + (entries.isEmpty() ? "; the file is empty." : ". Current entries:\n"
                    + list(entries));
        }
        return "old_text \"" + preview(oldText) + "\" matches " + hits.size() + " entries in " + target.fileName()
                + "; give a longer piece of the one you mean:\n" + list(hits.stream().map(entries::get).toList());
    }

    private static List<Integer> matches(List<String> entries, String oldText) {
        return IntStream.range(0, entries.size()).filter(i -> entries.get(i).contains(oldText)).boxed().toList();
    }

    private static String list(List<String> entries) {
        StringBuilder out = new StringBuilder();
        for (String entry : entries) out.append("- ").append(preview(entry)).append('\n');
        return out.toString().stripTrailing();
    }

    static String preview(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= PREVIEW ? line : line.substring(0, PREVIEW - 1) + "…";
    }
}
