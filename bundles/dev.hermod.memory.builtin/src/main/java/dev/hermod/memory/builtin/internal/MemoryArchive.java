package dev.hermod.memory.builtin.internal;

import java.util.List;

/** The append-only record of everything ever written to (or refused by) the memory files. */
interface MemoryArchive {

    /** Appends {@code row} (and, for a consolidation, one DROPPED row per left-out entry) in one transaction. */
    void append(ArchiveRow row);

    /**
     * The best rows matching the FTS5 expression {@code match}, best first, among MEMORY rows and
     * the USER rows of {@code userScope}; whole-file consolidation rows are left out.
     */
    List<ArchiveMatch> search(String match, String userScope, int limit);
}
