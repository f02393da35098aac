package dev.hermod.api.memory;

import java.time.Instant;
import java.util.Objects;

/**
 * One result of {@link MemoryArchiveView#search}: an archived memory entry or a message of a past
 * session.
 *
 * @param source where it was found
 * @param reference the archive row id ({@code #12}) or the session id
 * @param at when the entry was archived or the message written
 * @param label what it is: {@code memory, removed in consolidation}, {@code user, pinned},
 *        {@code session 20261101-090000-aaaaaa, user}
 * @param text the entry text, or a snippet of the message
 */
public record MemorySearchHit(Source source, String reference, Instant at, String label, String text) {
    /** Where a hit comes from. */
    public enum Source { ARCHIVE, SESSION }

    public MemorySearchHit {
        Objects.requireNonNull(source, "source");
        reference = reference == null ? "" : reference;
        Objects.requireNonNull(at, "at");
        label = label == null ? "" : label;
        text = text == null ? "" : text;
    }
}
