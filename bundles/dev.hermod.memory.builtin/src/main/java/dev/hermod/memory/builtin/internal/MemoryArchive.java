package dev.hermod.memory.builtin.internal;

import java.util.Collection;
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

    /**
     * The rows (MEMORY rows and the USER rows of {@code userScope}, no whole-file consolidations)
     * whose entry, or replaced entry, is one of {@code texts}, oldest first; their rank is 0.
     */
    List<ArchiveMatch> about(Collection<String> texts, String userScope);
}
