package dev.hermod.api.memory;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the built-in memory's append-only archive: a change to MEMORY.md or a USER.md, or an
 * attempt that was refused.
 *
 * @param id the row id ({@code hermod:memory history #id} shows the entry's whole history)
 * @param at when it happened
 * @param sessionId the session it came from
 * @param target {@code memory} (MEMORY.md) or {@code user} (USER.md)
 * @param action {@code ADD}, {@code REPLACE}, {@code REMOVE}, {@code CONSOLIDATE}, {@code DROPPED}
 *        (an entry a consolidation left out), {@code REFUSED_ADD}, {@code REFUSED_REPLACE} or
 *        {@code REFUSED_CONSOLIDATE}
 * @param reason why, as the model or a person gave it
 * @param entry the entry text the row is about (for consolidations: the whole file after)
 * @param previous the text before (replaced entry, or the whole file before a consolidation); may be empty
 * @param diff a unified diff from {@code previous} to {@code entry} (for removals: the entry removed)
 */
public record ArchivedChange(long id, Instant at, String sessionId, String target, String action, String reason,
                             String entry, String previous, String diff) {
    public ArchivedChange {
        Objects.requireNonNull(at, "at");
        sessionId = sessionId == null ? "" : sessionId;
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(action, "action");
        reason = reason == null ? "" : reason;
        entry = entry == null ? "" : entry;
        previous = previous == null ? "" : previous;
        diff = diff == null ? "" : diff;
    }
}
