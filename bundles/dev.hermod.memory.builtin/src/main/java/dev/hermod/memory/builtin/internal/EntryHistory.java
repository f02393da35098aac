package dev.hermod.memory.builtin.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hermod.api.memory.ArchivedChange;

/**
 * The whole archived life of one entry: the rows about its text, following replacements both ways
 * (the text an entry was replaced with is the same entry, later), and the consolidations whose
 * file held it before or after.
 */
final class EntryHistory {

    private static final Pattern ID = Pattern.compile("#?(\\d+)");
    private static final int CANDIDATES = 10;

    private final SqliteArchive archive;

    EntryHistory(SqliteArchive archive) {
        this.archive = archive;
    }

    /** See {@link dev.hermod.api.memory.MemoryArchiveView#history}. */
    List<ArchivedChange> of(MemoryScope scope, String entry) {
        String wanted = entry == null ? "" : entry.strip();
        if (wanted.isEmpty()) throw new IllegalArgumentException("Give an entry: its archive id (#12) or its text.");
        List<StoredRow> rows = archive.rows(scope.visibleScopes());
        Matcher id = ID.matcher(wanted);
        if (id.matches()) {
            Optional<StoredRow> row = rows.stream().filter(r -> r.id() == Long.parseLong(id.group(1))).findFirst();
            if (row.isPresent()) return fromRow(rows, row.get());
        }
        Set<String> texts = startingTexts(rows, wanted);
        return texts.isEmpty() ? List.of() : changes(rows, linked(rows, texts));
    }

    private static List<ArchivedChange> fromRow(List<StoredRow> rows, StoredRow row) {
        if (row.consolidation()) {
            // a whole-file change: itself and the entries it dropped
            return rows.stream().filter(r -> r.id() == row.id() || r.parentId() == row.id()).map(EntryHistory::change)
                    .toList();
        }
        Set<String> texts = new HashSet<>(List.of(row.entry()));
        if (row.action() == ArchiveAction.REPLACE) texts.add(row.previous());
        return changes(rows, linked(rows, texts));
    }

    /** The exact text when some row holds it, else the one distinct text containing {@code piece}. */
    private static Set<String> startingTexts(List<StoredRow> rows, String piece) {
        Set<String> all = new LinkedHashSet<>();
        for (StoredRow r : rows) {
            if (r.consolidation()) continue;
            all.add(r.entry());
            if (r.action() == ArchiveAction.REPLACE) all.add(r.previous());
        }
        if (all.contains(piece)) return Set.of(piece);
        List<String> found = all.stream().filter(t -> t.contains(piece)).toList();
        if (found.size() > 1) {
            StringBuilder list = new StringBuilder();
            found.stream().limit(CANDIDATES).forEach(t -> list.append("\n- ").append(EntryEditor.preview(t)));
            throw new IllegalArgumentException("\"" + EntryEditor.preview(piece) + "\" is in " + found.size()
                    + " archived entries; give a longer piece or an id:" + list
                    + (found.size() > CANDIDATES ? "\n…" : ""));
        }
        return new HashSet<>(found);
    }

    /** {@code texts} plus every text linked to them by replacements, to a fixed point. */
    private static Set<String> linked(List<StoredRow> rows, Set<String> texts) {
        Set<String> out = new HashSet<>(texts);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (StoredRow r : rows) {
                if (r.action() != ArchiveAction.REPLACE) continue;
                if (out.contains(r.entry()) != out.contains(r.previous())) {
                    grew |= out.add(r.entry()) | out.add(r.previous());
                }
            }
        }
        return out;
    }

    private static List<ArchivedChange> changes(List<StoredRow> rows, Set<String> texts) {
        List<ArchivedChange> out = new ArrayList<>();
        for (StoredRow r : rows) {
            boolean about = r.consolidation()
                    ? EntryFormat.parse(r.entry()).stream().anyMatch(texts::contains)
                            || EntryFormat.parse(r.previous()).stream().anyMatch(texts::contains)
                    : texts.contains(r.entry()) || (r.action() == ArchiveAction.REPLACE && texts.contains(r.previous()));
            if (about) out.add(change(r));
        }
        return out;
    }

    static ArchivedChange change(StoredRow r) {
        return new ArchivedChange(r.id(), Instant.ofEpochMilli(r.createdAt()), r.sessionId(), r.target().id(),
                r.action().name(), r.reason(), r.entry(), r.previous(), diff(r));
    }

    /** The stored diff of a consolidation; for single entries, the diff of the entry's text. */
    private static String diff(StoredRow r) {
        if (!r.diff().isEmpty() || r.consolidation()) return r.diff();
        String name = r.target().fileName();
        return switch (r.action()) {
            case REPLACE, REFUSED_REPLACE -> LineDiff.unified(name, r.previous(), r.entry());
            case REMOVE, DROPPED -> LineDiff.unified(name, r.entry(), "");
            default -> LineDiff.unified(name, "", r.entry());
        };
    }
}
