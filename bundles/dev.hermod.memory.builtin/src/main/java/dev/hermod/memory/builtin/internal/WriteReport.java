package dev.hermod.memory.builtin.internal;

import java.util.List;

import dev.hermod.api.memory.MemoryWrite;

/**
 * The answer to one memory write, worded for the model.
 *
 * @param status changed, unchanged or refused
 * @param message what changed and the new fill level, or why nothing was written
 * @param changes for CHANGED, the change as entry-level writes (for mirroring providers); empty otherwise
 */
record WriteReport(EditOutcome.Status status, String message, List<MemoryWrite> changes) {

    WriteReport {
        changes = List.copyOf(changes);
    }

    boolean refused() {
        return status == EditOutcome.Status.REFUSED || status == EditOutcome.Status.FULL
                || status == EditOutcome.Status.STALE;
    }

    static WriteReport refused(String message) {
        return new WriteReport(EditOutcome.Status.REFUSED, message, List.of());
    }
}
