package dev.hermod.memory.builtin.internal;

import java.util.Collection;
import java.util.List;

/** The append-only record of everything ever written to (or refused by) the memory files. */
interface MemoryArchive {

    /** Appends {@code row} (and, for a consolidation, one DROPPED row per left-out entry) in one transaction. */
    void append(ArchiveRow row);

    /**
     * The best rows matching the FTS5 expression {@code match}, best first, among the rows of
     * {@code scopes} (what {@link MemoryScope#visibleScopes()} gives the caller); whole-file
     * consolidation rows are left out.
     */
    List<ArchiveMatch> search(String match, List<String> scopes, int limit);

    /**
     * The rows of {@code scopes} (no whole-file consolidations) whose entry, or replaced entry, is
     * one of {@code texts}, oldest first; their rank is 0.
     */
    List<ArchiveMatch> about(Collection<String> texts, List<String> scopes);
}
