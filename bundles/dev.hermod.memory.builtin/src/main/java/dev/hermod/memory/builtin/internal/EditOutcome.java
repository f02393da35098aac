package dev.hermod.memory.builtin.internal;

import java.util.List;

/**
 * What applying a {@link MemoryEdit} to a file's entries gave.
 *
 * @param status whether the file changes
 * @param entries the entries afterwards (unchanged unless {@code status} is CHANGED)
 * @param affected the entry replaced or removed, or empty
 * @param reason for UNCHANGED and REFUSED: what happened and how to proceed
 */
record EditOutcome(Status status, List<String> entries, String affected, String reason) {

    enum Status {
        /** The entries changed and must be written. */
        CHANGED,
        /** Nothing to do (for example, the entry was already there). */
        UNCHANGED,
        /** The edit is invalid or does not fit; nothing is written. */
        REFUSED
    }

    EditOutcome {
        entries = List.copyOf(entries);
    }

    static EditOutcome changed(List<String> entries, String affected) {
        return new EditOutcome(Status.CHANGED, entries, affected, "");
    }

    static EditOutcome unchanged(List<String> entries, String reason) {
        return new EditOutcome(Status.UNCHANGED, entries, "", reason);
    }

    static EditOutcome refused(List<String> entries, String reason) {
        return new EditOutcome(Status.REFUSED, entries, "", reason);
    }
}
