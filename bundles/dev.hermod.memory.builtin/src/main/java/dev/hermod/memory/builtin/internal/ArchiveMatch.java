package dev.hermod.memory.builtin.internal;

/**
 * An archive row that matched a recall search.
 *
 * @param id the row id (later rows have larger ids)
 * @param createdAt milliseconds since the epoch
 * @param target the file the row is about
 * @param action what the row records
 * @param entry the row's entry text
 * @param previous the replaced entry, or empty
 * @param rank the bm25 rank (lower is better)
 */
record ArchiveMatch(long id, long createdAt, MemoryTarget target, ArchiveAction action, String entry, String previous,
        double rank) {}
