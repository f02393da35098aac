package dev.hermod.memory.builtin.internal;

import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;

import dev.hermod.api.memory.MemoryContext;

/**
 * Validates and applies one edit to a memory file, archives it in the same critical section, and
 * words the result for the model.
 */
final class MemoryWriter {

    private static final Logger LOG = System.getLogger(MemoryWriter.class.getName());

    private final MemoryStore store;
    private final MemoryArchive archive;
    private final MemoryLimits limits;
    private final SecretScanner secrets = new SecretScanner();
    private volatile String archiveProblem = "";

    MemoryWriter(MemoryStore store, MemoryArchive archive, MemoryLimits limits) {
        this.store = store;
        this.archive = archive;
        this.limits = limits;
    }

    /** Why the last archive write failed, or empty when it worked. */
    String archiveProblem() {
        return archiveProblem;
    }

    WriteReport write(MemoryTarget target, MemoryEdit edit, String reason, MemoryContext context) {
        Optional<String> secret = secrets.find(edit.content());
        if (secret.isPresent()) {
            // never archived either: the archive is as durable as it gets
            return WriteReport.refused("Not saved: the content looks like it contains " + secret.get() + ". Memory"
                    + " is put into every prompt, so credentials must never be stored there. Save where to find the"
                    + " secret instead (for example the name of the environment variable that holds it).");
        }
        MemoryScope scope = MemoryScope.of(context);
        EntryEditor editor = new EntryEditor(target, limits.of(target));
        String[] archiveNote = {""};
        EditOutcome outcome;
        try {
            outcome = store.edit(target, scope, entries -> editor.apply(entries, edit),
                    (before, result) -> archiveNote[0] = archive(target, scope, edit, reason, context, before, result));
        } catch (UncheckedIOException | IllegalStateException e) {
            return WriteReport.refused("Not saved: " + e.getMessage());
        }
        return report(target, edit, outcome, archiveNote[0]);
    }

    private WriteReport report(MemoryTarget target, MemoryEdit edit, EditOutcome outcome, String archiveNote) {
        FillLevel fill = new FillLevel(EntryFormat.size(outcome.entries()), limits.of(target));
        return switch (outcome.status()) {
            case REFUSED -> WriteReport.refused(outcome.reason());
            case FULL -> new WriteReport(outcome.status(), outcome.reason() + (archiveNote.isEmpty()
                    ? "\n(The text you tried to save is kept in the memory archive.)" : archiveNote), "");
            case UNCHANGED -> new WriteReport(outcome.status(), outcome.reason() + " (" + fill + ")", "");
            case CHANGED -> new WriteReport(outcome.status(), done(target, edit, outcome) + " (" + fill + ")."
                    + warning(target, fill) + archiveNote, outcome.affected());
        };
    }

    /** Runs inside the store's critical section; returns a note for the model when archiving failed. */
    private String archive(MemoryTarget target, MemoryScope scope, MemoryEdit edit, String reason,
            MemoryContext context, List<String> before, EditOutcome outcome) {
        Optional<ArchiveRow> row = ArchiveRows.of(target, scope.keyFor(target), edit, reason, context.sessionId(),
                before, outcome);
        if (row.isEmpty()) return "";
        try {
            archive.append(row.get());
            archiveProblem = "";
            return "";
        } catch (RuntimeException e) {
            archiveProblem = e.getMessage();
            LOG.log(Level.ERROR, "A memory write was not archived: " + e.getMessage(), e);
            return "\n(Note: the memory archive could not record this: " + e.getMessage() + ")";
        }
    }

    private static String done(MemoryTarget target, MemoryEdit edit, EditOutcome outcome) {
        String old = "\"" + EntryEditor.preview(outcome.affected()) + "\"";
        return switch (edit) {
            case MemoryEdit.Add add -> "Added to " + target.fileName();
            case MemoryEdit.Replace replace -> "Replaced " + old + " in " + target.fileName();
            case MemoryEdit.Remove remove -> "Removed " + old + " from " + target.fileName();
            case MemoryEdit.Consolidate consolidate -> "Consolidated " + target.fileName() + " to "
                    + outcome.entries().size() + " entries; the diff and every dropped entry are in the archive";
        };
    }

    private static String warning(MemoryTarget target, FillLevel fill) {
        if (!fill.nearlyFull()) return "";
        return "\nWarning: " + target.fileName() + " is " + fill.percent() + "% full. Consolidate now (action"
                + " consolidate with the full new list of entries, or merge with replace and remove), so new facts"
                + " still fit.";
    }
}
