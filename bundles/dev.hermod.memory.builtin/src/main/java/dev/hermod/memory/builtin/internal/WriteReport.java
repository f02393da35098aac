package dev.hermod.memory.builtin.internal;

/**
 * The answer to one memory write, worded for the model.
 *
 * @param status changed, unchanged or refused
 * @param message what changed and the new fill level, or why nothing was written
 * @param affected the full entry that was replaced or removed, or empty
 */
record WriteReport(EditOutcome.Status status, String message, String affected) {

    boolean refused() {
        return status == EditOutcome.Status.REFUSED || status == EditOutcome.Status.FULL;
    }

    static WriteReport refused(String message) {
        return new WriteReport(EditOutcome.Status.REFUSED, message, "");
    }
}
