package dev.hermod.memory.builtin.internal;

import java.time.Instant;

import dev.hermod.api.memory.MemorySearchHit;

/**
 * One thing recall found.
 *
 * @param key what it is, for merging the same find from two searches: {@code entry:<text>} or {@code message:<id>}
 * @param rank its rank within its own search (lower is better: bm25, or minus the cosine similarity)
 * @param source archive or session
 * @param reference the archive row id ({@code #12}) or the session id
 * @param at when, in milliseconds since the epoch
 * @param tag what the model reads in brackets: {@code memory, 2026-11-25, removed} or {@code session <id>, user}
 * @param text the entry text or message snippet, on one line
 */
record RecallHit(String key, double rank, MemorySearchHit.Source source, String reference, long at, String tag,
        String text) {

    /** The line shown to the model: {@code - [tag] text}. */
    String line() {
        return "- [" + tag + "] " + text;
    }

    RecallHit withRank(double newRank) {
        return new RecallHit(key, newRank, source, reference, at, tag, text);
    }

    MemorySearchHit toSearchHit() {
        return new MemorySearchHit(source, reference, Instant.ofEpochMilli(at), tag, text);
    }
}
