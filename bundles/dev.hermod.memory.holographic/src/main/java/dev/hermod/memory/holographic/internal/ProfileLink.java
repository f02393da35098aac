package dev.hermod.memory.holographic.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.Supplier;

import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.memory.ProfileFact;
import dev.hermod.api.memory.UserProfiles;

/**
 * Enriches the person's structured profile (provided by the built-in memory) with facts the model
 * tagged with a profile aspect and key, and keeps those keys in step with the facts: an update
 * moves the key to the new version, a removal or a fact losing trust removes it. A key remembers
 * its fact through its source, {@code holographic:fact#<id>}; keys set by anyone else are never
 * touched. Without the profiles service nothing is published, and the model is told.
 */
final class ProfileLink {

    static final String SOURCE = "holographic:fact#";
    private static final int MAX_VALUE = 200;
    private static final Logger LOG = System.getLogger(ProfileLink.class.getName());

    private final Supplier<UserProfiles> profiles;

    ProfileLink(Supplier<UserProfiles> profiles) {
        this.profiles = profiles;
    }

    /** Sets the tagged key to {@code fact}'s text; returns a note for the model (empty when it worked). */
    String publish(MemoryContext who, ProfileTag tag, Fact fact) {
        UserProfiles p = profiles.get();
        if (p == null) return "\n(Not added to the profile: the built-in memory, which keeps profiles, is not running.)";
        try {
            p.put(who, tag.aspect(), tag.key(), value(fact.text()), SOURCE + fact.id(), "fact_store: fact #" + fact.id());
            return "\nProfile: " + tag.aspect().id() + " " + tag.key() + " set from this fact.";
        } catch (IllegalArgumentException | IllegalStateException e) {
            return "\n(Not added to the profile: " + e.getMessage() + ")";
        }
    }

    /** Keys that came from fact {@code old} now come from {@code fresh}, with its text. */
    void follow(MemoryContext who, long old, Fact fresh, String reason) {
        UserProfiles p = profiles.get();
        if (p == null) return;
        for (ProfileFact linked : linked(p, who, old)) {
            quietly(() -> p.put(who, linked.aspect(), linked.key(), value(fresh.text()), SOURCE + fresh.id(), reason));
        }
    }

    /** Keys that came from fact {@code fact} are removed (it was removed, or is no longer trusted). */
    void retract(MemoryContext who, long fact, String reason) {
        UserProfiles p = profiles.get();
        if (p == null) return;
        for (ProfileFact linked : linked(p, who, fact)) {
            quietly(() -> p.remove(who, linked.aspect(), linked.key(), SOURCE + fact, reason));
        }
    }

    /** The profile keys that came from fact {@code id}, if any; none when the profile cannot be read. */
    private static List<ProfileFact> linked(UserProfiles p, MemoryContext who, long id) {
        try {
            return p.get(who.platform(), who.userId()).facts().stream()
                    .filter(f -> f.source().equals(SOURCE + id)).toList();
        } catch (IllegalStateException e) {
            LOG.log(Level.WARNING, "Cannot read the user profile: " + e.getMessage(), e);
            return List.of();
        }
    }

    private static void quietly(Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException | IllegalStateException e) {
            // the fact itself changed as asked; the profile keeps its last value, which its log shows
            LOG.log(Level.WARNING, "The user profile did not follow a fact change: " + e.getMessage(), e);
        }
    }

    private static String value(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_VALUE ? line : line.substring(0, MAX_VALUE - 1) + "…";
    }
}
