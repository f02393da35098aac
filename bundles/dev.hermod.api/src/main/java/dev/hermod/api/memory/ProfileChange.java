package dev.hermod.api.memory;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded change of a user profile. Changes are never edited or deleted: the profile is the
 * latest change of each key.
 *
 * @param id the change's id (later changes have larger ids)
 * @param at when it happened
 * @param sessionId the session it came from ({@code operator} and the like for changes made outside one)
 * @param aspect the aspect of the key
 * @param key the key
 * @param action set or remove
 * @param value the new value; empty for a removal
 * @param previous the value before; empty when the key was not set
 * @param source who made the change
 * @param reason why, as given
 */
public record ProfileChange(long id, Instant at, String sessionId, ProfileAspect aspect, String key, Action action,
                            String value, String previous, String source, String reason) {
    /** What was done to the key. */
    public enum Action { SET, REMOVE }

    public ProfileChange {
        Objects.requireNonNull(at, "at");
        sessionId = sessionId == null ? "" : sessionId;
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(action, "action");
        value = value == null ? "" : value;
        previous = previous == null ? "" : previous;
        source = source == null ? "" : source;
        reason = reason == null ? "" : reason;
    }
}
