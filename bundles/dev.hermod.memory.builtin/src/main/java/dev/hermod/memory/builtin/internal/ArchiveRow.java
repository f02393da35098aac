package dev.hermod.memory.builtin.internal;

import java.util.List;

/**
 * One event for the append-only archive.
 *
 * @param sessionId the session the change came from
 * @param scope {@link MemoryScope#keyFor}: {@link MemoryScope#GLOBAL} for the home's MEMORY.md, the user's
 *        scope key for USER.md and for a gateway user's own MEMORY.md
 * @param target the file
 * @param action what happened
 * @param reason why, as the model or a person gave it
 * @param entry the text this row remembers: the new entry, the removed entry, or (consolidation) the whole new file
 * @param previous the entry replaced, or (consolidation) the whole file before; empty otherwise
 * @param diff for consolidations, the unified diff from {@code previous} to {@code entry}
 * @param dropped for consolidations, the entries left out: each gets its own DROPPED row
 */
record ArchiveRow(String sessionId, String scope, MemoryTarget target, ArchiveAction action, String reason,
        String entry, String previous, String diff, List<String> dropped) {

    ArchiveRow {
        dropped = List.copyOf(dropped);
    }
}
