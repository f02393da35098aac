package dev.hermod.memory.builtin.internal;

import java.io.UncheckedIOException;
import java.util.Optional;

/** Validates and applies one edit to a memory file, and words the result for the model. */
final class MemoryWriter {

    private final MemoryStore store;
    private final MemoryLimits limits;
    private final SecretScanner secrets = new SecretScanner();

    MemoryWriter(MemoryStore store, MemoryLimits limits) {
        this.store = store;
        this.limits = limits;
    }

    WriteReport write(MemoryTarget target, MemoryEdit edit) {
        Optional<String> secret = secrets.find(edit.content());
        if (secret.isPresent()) {
            return WriteReport.refused("Not saved: the content looks like it contains " + secret.get() + ". Memory"
                    + " is put into every prompt, so credentials must never be stored there. Save where to find the"
                    + " secret instead (for example the name of the environment variable that holds it).");
        }
        EntryEditor editor = new EntryEditor(target, limits.of(target));
        EditOutcome outcome;
        try {
            outcome = store.edit(target, entries -> editor.apply(entries, edit));
        } catch (UncheckedIOException e) {
            return WriteReport.refused("Not saved: " + e.getMessage());
        }
        FillLevel fill = new FillLevel(EntryFormat.size(outcome.entries()), limits.of(target));
        return switch (outcome.status()) {
            case REFUSED -> WriteReport.refused(outcome.reason());
            case UNCHANGED -> new WriteReport(outcome.status(), outcome.reason() + " (" + fill + ")", "");
            case CHANGED -> new WriteReport(outcome.status(), done(target, edit, outcome) + " (" + fill + ")."
                    + warning(target, fill), outcome.affected());
        };
    }

    private static String done(MemoryTarget target, MemoryEdit edit, EditOutcome outcome) {
        String old = "\"" + EntryEditor.preview(outcome.affected()) + "\"";
        return switch (edit) {
            case MemoryEdit.Add add -> "Added to " + target.fileName();
            case MemoryEdit.Replace replace -> "Replaced " + old + " in " + target.fileName();
            case MemoryEdit.Remove remove -> "Removed " + old + " from " + target.fileName();
        };
    }

    private static String warning(MemoryTarget target, FillLevel fill) {
        if (!fill.nearlyFull()) return "";
        return "\nWarning: " + target.fileName() + " is " + fill.percent() + "% full. Consolidate now: merge related"
                + " entries into one with replace and remove outdated ones, so new facts still fit.";
    }
}
