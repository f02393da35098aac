package dev.hermod.memory.builtin.internal;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import dev.hermod.api.memory.MemoryContext;

/**
 * Validates and applies one edit to a memory file, archives it in the same critical section
 * (before the file changes), keeps track of what the session has seen, and words the result for
 * the model.
 */
final class MemoryWriter {

    private static final int MAX_REASON = 500;

    private final MemoryStore store;
    private final MemoryArchive archive;
    private final MemoryLimits limits;
    private final SessionViews views;
    private final boolean sharedNotes;
    private final SecretScanner secrets = new SecretScanner();
    private volatile String archiveProblem = "";

    /** @param sharedNotes {@code shared_agent_notes}: whether gateway users write the home's one MEMORY.md */
    MemoryWriter(MemoryStore store, MemoryArchive archive, MemoryLimits limits, SessionViews views,
            boolean sharedNotes) {
        this.store = store;
        this.archive = archive;
        this.limits = limits;
        this.views = views;
        this.sharedNotes = sharedNotes;
    }

    /** Why the last archive write failed, or empty when it worked. */
    String archiveProblem() {
        return archiveProblem;
    }

    WriteReport write(MemoryTarget target, MemoryEdit edit, String reason, MemoryContext context) {
        // checked before it is cut, so a cut cannot hide a secret from the scanner
        Optional<String> inReason = secrets.find(reason);
        if (inReason.isPresent()) {
            return WriteReport.refused("Not saved: the reason looks like it contains " + inReason.get() + ". The"
                    + " reason is kept in the memory archive for good, so it must never hold a credential. Send the"
                    + " call again with a reason that says where the secret lives (for example an environment"
                    + " variable's name), not the secret.");
        }
        if (reason.length() > MAX_REASON) reason = reason.substring(0, MAX_REASON);
        Optional<String> secret = secrets.find(edit.content());
        if (secret.isPresent()) {
            // never archived either: the archive is as durable as it gets
            return WriteReport.refused("Not saved: the content looks like it contains " + secret.get() + ". Memory"
                    + " is put into every prompt, so credentials must never be stored there. Save where to find the"
                    + " secret instead (for example the name of the environment variable that holds it).");
        }
        MemoryScope scope = MemoryScope.of(context, sharedNotes);
        String session = context.sessionId();
        EntryEditor editor = new EntryEditor(target, limits.of(target), entry -> views.seen(session, target, entry));
        ArchiveJournal journal = new ArchiveJournal(archive, target, scope.keyFor(target), edit, reason, session,
                problem -> archiveProblem = problem);
        EditOutcome outcome;
        try {
            outcome = store.edit(target, scope, entries -> editor.apply(entries, edit), journal);
        } catch (UncheckedIOException | IllegalStateException e) {
            return WriteReport.refused("Not saved: " + e.getMessage() + journal.note());
        }
        remember(session, target, edit, outcome);
        return report(target, edit, journal.before(), outcome, journal.note());
    }

    /** What the session now knows of the file: what it wrote, and what a result showed it in full. */
    private void remember(String session, MemoryTarget target, MemoryEdit edit, EditOutcome outcome) {
        switch (outcome.status()) {
            case CHANGED, UNCHANGED -> {
                if (edit instanceof MemoryEdit.Consolidate) views.saw(session, target, outcome.entries());
                else if (!edit.content().isEmpty()) views.saw(session, target, List.of(edit.content()));
            }
            case STALE -> views.saw(session, target, outcome.entries());
            case REFUSED, FULL -> { }
        }
    }

    private WriteReport report(MemoryTarget target, MemoryEdit edit, List<String> before, EditOutcome outcome,
            String archiveNote) {
        FillLevel fill = new FillLevel(EntryFormat.size(outcome.entries()), limits.of(target));
        return switch (outcome.status()) {
            case REFUSED, STALE -> new WriteReport(outcome.status(), outcome.reason(), List.of());
            case FULL -> new WriteReport(outcome.status(), outcome.reason() + (archiveNote.isEmpty()
                    ? "\n(The text you tried to save is kept in the memory archive.)" : archiveNote), List.of());
            case UNCHANGED -> new WriteReport(outcome.status(), outcome.reason() + " (" + fill + ")", List.of());
            case CHANGED -> new WriteReport(outcome.status(), done(target, edit, before, outcome) + " (" + fill + ")."
                    + warning(target, fill) + dropped(edit, before, outcome) + archiveNote,
                    EntryChanges.of(target, edit, before, outcome));
        };
    }

    private static String done(MemoryTarget target, MemoryEdit edit, List<String> before, EditOutcome outcome) {
        String old = "\"" + EntryEditor.preview(outcome.affected()) + "\"";
        return switch (edit) {
            case MemoryEdit.Add add -> "Added to " + target.fileName();
            case MemoryEdit.Replace replace -> "Replaced " + old + " in " + target.fileName();
            case MemoryEdit.Remove remove -> "Removed " + old + " from " + target.fileName();
            case MemoryEdit.Consolidate consolidate -> {
                List<String> after = outcome.entries();
                long kept = after.stream().filter(before::contains).count();
                yield "Consolidated " + target.fileName() + " to " + after.size() + " entries: " + kept
                        + " kept as they were, " + (after.size() - kept) + " new or rewritten, "
                        + EntryChanges.dropped(before, after).size() + " dropped";
            }
        };
    }

    /** For a consolidation, exactly which entries left the file (they stay in the archive). */
    private static String dropped(MemoryEdit edit, List<String> before, EditOutcome outcome) {
        if (!(edit instanceof MemoryEdit.Consolidate)) return "";
        List<String> dropped = EntryChanges.dropped(before, outcome.entries());
        if (dropped.isEmpty()) return "\nNo entry was dropped; the diff is in the archive.";
        return "\nDropped (each kept in the archive, with the diff):\n" + EntryEditor.inFull(dropped);
    }

    private static String warning(MemoryTarget target, FillLevel fill) {
        if (!fill.nearlyFull()) return "";
        return "\nWarning: " + target.fileName() + " is " + fill.percent() + "% full. Consolidate now (action"
                + " consolidate with the full new list of entries, or merge with replace and remove), so new facts"
                + " still fit.";
    }
}
