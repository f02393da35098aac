package dev.hermod.memory.builtin.internal;

/**
 * One row of {@code memory_archive} as stored, for history.
 *
 * @param parentId the CONSOLIDATE row of a DROPPED row; 0 for none
 */
record StoredRow(long id, long createdAt, String sessionId, String scope, MemoryTarget target, ArchiveAction action,
        String reason, String entry, String previous, String diff, long parentId) {

    boolean consolidation() {
        return action == ArchiveAction.CONSOLIDATE || action == ArchiveAction.REFUSED_CONSOLIDATE;
    }
}
