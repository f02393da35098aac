package dev.hermod.api.memory;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The structured user profiles, provided by the built-in memory. Every change is kept in an
 * append-only log with its source, reason and session; nothing is ever lost. Other memory
 * providers enrich profiles through {@link #put}; the built-in memory renders the profile into the
 * session's system prompt at session start. A person only ever sees their own profile.
 *
 * <p>Thread-safe; calls write to the state database and may block for its busy timeout.
 */
@ProviderType
public interface UserProfiles {

    /**
     * The current profile of one person; empty when nothing is known.
     *
     * @param platform the platform ({@code cli} or empty for the local user)
     * @param userId the user on that platform; ignored for the local user
     * @throws IllegalStateException when the state database cannot be read; the message says why
     */
    UserProfile get(String platform, String userId);

    /**
     * Sets {@code key} of {@code aspect} for the person of {@code who} and records the change.
     *
     * @param who whose profile (platform and user) and which session the change comes from
     * @param key the fact's name: letters, digits, spaces, {@code -_.}, at most 48 characters;
     *        stored lower case with spaces as {@code _}
     * @param value the fact, at most 200 characters; whitespace is collapsed to one line
     * @param source who sets it ({@code model}, {@code operator}, {@code holographic:fact#12})
     * @param reason why, for the log; may be empty
     * @return the recorded change; empty when the key already had exactly this value
     * @throws IllegalArgumentException for an invalid key or value, a value that looks like a
     *         credential, or a profile already holding the most facts allowed; the message says how to fix it
     * @throws IllegalStateException when the state database cannot be written
     */
    Optional<ProfileChange> put(MemoryContext who, ProfileAspect aspect, String key, String value, String source,
                                String reason);

    /**
     * Removes {@code key} of {@code aspect} from the person's profile and records the removal
     * (the old value stays in the log).
     *
     * @return the recorded change; empty when the key was not set
     * @throws IllegalStateException when the state database cannot be written
     */
    Optional<ProfileChange> remove(MemoryContext who, ProfileAspect aspect, String key, String source, String reason);

    /**
     * Every change ever made to one person's profile, oldest first.
     *
     * @throws IllegalStateException when the state database cannot be read
     */
    List<ProfileChange> history(String platform, String userId);
}
