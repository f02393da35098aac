package dev.hermod.memory.holographic.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.memory.ProfileAspect;
import dev.hermod.api.memory.ProfileChange;
import dev.hermod.api.memory.ProfileFact;
import dev.hermod.api.memory.UserProfile;
import dev.hermod.api.memory.UserProfiles;

/** Profiles in memory, per platform:user, for tests; logs every change like the built-in memory does. */
final class FakeUserProfiles implements UserProfiles {

    private final Map<String, Map<String, ProfileFact>> profiles = new TreeMap<>();
    final List<ProfileChange> log = new ArrayList<>();

    @Override
    public synchronized UserProfile get(String platform, String userId) {
        return new UserProfile(platform, userId, List.copyOf(profile(platform + ":" + userId).values()));
    }

    @Override
    public synchronized Optional<ProfileChange> put(MemoryContext who, ProfileAspect aspect, String key, String value,
            String source, String reason) {
        if (value.length() > 200) throw new IllegalArgumentException("value is too long");
        Map<String, ProfileFact> profile = profile(who.platform() + ":" + who.userId());
        ProfileFact old = profile.put(aspect.id() + "/" + key, new ProfileFact(aspect, key, value, source, Instant.now()));
        return record(who, aspect, key, ProfileChange.Action.SET, value, old, source, reason);
    }

    @Override
    public synchronized Optional<ProfileChange> remove(MemoryContext who, ProfileAspect aspect, String key,
            String source, String reason) {
        ProfileFact old = profile(who.platform() + ":" + who.userId()).remove(aspect.id() + "/" + key);
        if (old == null) return Optional.empty();
        return record(who, aspect, key, ProfileChange.Action.REMOVE, "", old, source, reason);
    }

    @Override
    public synchronized List<ProfileChange> history(String platform, String userId) {
        return List.copyOf(log);
    }

    private Optional<ProfileChange> record(MemoryContext who, ProfileAspect aspect, String key,
            ProfileChange.Action action, String value, ProfileFact old, String source, String reason) {
        ProfileChange change = new ProfileChange(log.size() + 1, Instant.now(), who.sessionId(), aspect, key, action,
                value, old == null ? "" : old.value(), source, reason);
        log.add(change);
        return Optional.of(change);
    }

    private Map<String, ProfileFact> profile(String scope) {
        return profiles.computeIfAbsent(scope, s -> new TreeMap<>());
    }
}
