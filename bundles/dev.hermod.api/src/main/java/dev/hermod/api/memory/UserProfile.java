package dev.hermod.api.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The structured profile of one person: keyed facts about preferences, expertise and
 * communication style, beside the free-form USER.md. Each person on each platform has their own.
 *
 * @param platform the platform ({@code cli} for the local user)
 * @param userId the user on that platform; empty for the local user
 * @param facts the current facts, ordered by aspect then key
 */
public record UserProfile(String platform, String userId, List<ProfileFact> facts) {
    public UserProfile {
        platform = platform == null ? "" : platform;
        userId = userId == null ? "" : userId;
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    /** The facts of one aspect, ordered by key. */
    public List<ProfileFact> facts(ProfileAspect aspect) {
        Objects.requireNonNull(aspect, "aspect");
        return facts.stream().filter(f -> f.aspect() == aspect).toList();
    }

    /** The fact {@code key} of {@code aspect}, if set. */
    public Optional<ProfileFact> get(ProfileAspect aspect, String key) {
        return facts.stream().filter(f -> f.aspect() == aspect && f.key().equals(key)).findFirst();
    }

    public boolean isEmpty() { return facts.isEmpty(); }
}
