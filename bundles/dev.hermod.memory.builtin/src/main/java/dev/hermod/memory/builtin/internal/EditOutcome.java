package dev.hermod.memory.builtin.internal;

import java.util.List;

/**
 * What applying a {@link MemoryEdit} to a file's entries gave.
 *
 * @param status whether the file changes
 * @param entries the entries afterwards (unchanged unless {@code status} is CHANGED)
 * @param affected the entry replaced or removed, or empty
 * @param reason for UNCHANGED, REFUSED, FULL and STALE: what happened and how to proceed
 */
record EditOutcome(Status status, List<String> entries, String affected, String reason) {

    enum Status {
        /** The entries changed and must be written. */
        CHANGED,
        /** Nothing to do (for example, the entry was already there). */
        UNCHANGED,
        /** The edit is invalid; nothing is written. */
        REFUSED,
        /** The edit is valid but the result would not fit the limit; nothing is written, the attempt is archived. */
        FULL,
        /**
         * A consolidation would drop entries the caller has not seen (written since its view of the
         * file); nothing is written or archived, and the reason shows every current entry in full.
         */
        STALE
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

    static EditOutcome full(List<String> entries, String reason) {
        return new EditOutcome(Status.FULL, entries, "", reason);
    }

    static EditOutcome stale(List<String> entries, String reason) {
        return new EditOutcome(Status.STALE, entries, "", reason);
    }
}
