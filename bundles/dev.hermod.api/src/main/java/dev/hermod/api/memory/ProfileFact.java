package dev.hermod.api.memory;

import java.time.Instant;
import java.util.Objects;

/**
 * One keyed fact of a user profile, as it stands now.
 *
 * @param aspect what the fact is about
 * @param key its name within the aspect, lower case ({@code editor}, {@code answer_length})
 * @param value the fact, one line ({@code helix, with vim keys})
 * @param source who set it: {@code model}, {@code operator}, or a provider ({@code holographic:fact#12})
 * @param updatedAt when it was last set
 */
public record ProfileFact(ProfileAspect aspect, String key, String value, String source, Instant updatedAt) {
    public ProfileFact {
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        source = source == null ? "" : source;
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
