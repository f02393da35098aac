package dev.hermod.memory.builtin.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.memory.ProfileAspect;
import dev.hermod.api.memory.ProfileChange;
import dev.hermod.api.memory.UserProfile;

/**
 * The structured user profiles: validation of keys, values and sources, scoping by person (the
 * same scope keys as USER.md rows in the archive), and the log behind them.
 */
final class Profiles {

    static final int MAX_KEY = 48;
    static final int MAX_VALUE = 200;
    static final int MAX_SOURCE = 64;
    static final int MAX_REASON = 500;
    static final int MAX_FACTS = 64;

    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{N} ._-]+");

    private final ProfileLog log;
    private final SecretScanner secrets = new SecretScanner();

    Profiles(ProfileLog log) {
        this.log = log;
    }

    UserProfile get(String platform, String userId) {
        MemoryScope scope = new MemoryScope(platform, userId, false); // profiles are per person, notes shared or not
        return new UserProfile(scope.platform(), scope.local() ? "" : scope.userId(), log.current(scope.key()));
    }

    Optional<ProfileChange> put(MemoryContext who, ProfileAspect aspect, String key, String value, String source,
            String reason) {
        String clean = value == null ? "" : value.replaceAll("\\s+", " ").strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("value is required: the fact itself, e.g. \"helix, with vim keys\".");
        }
        if (clean.length() > MAX_VALUE) {
            throw new IllegalArgumentException("value is " + clean.length() + " characters; a profile fact may have at"
                    + " most " + MAX_VALUE + ". Keep it to the point, or save the details in USER.md (memory tool).");
        }
        Optional<String> secret = secrets.find(clean);
        if (secret.isPresent()) {
            throw new IllegalArgumentException("Not saved: the value looks like it contains " + secret.get() + "."
                    + " The profile is put into every prompt, so credentials must never be stored there.");
        }
        return log.record(change(who, aspect, key, clean, source, reason), MAX_FACTS);
    }

    Optional<ProfileChange> remove(MemoryContext who, ProfileAspect aspect, String key, String source, String reason) {
        return log.record(change(who, aspect, key, "", source, reason), MAX_FACTS);
    }

    List<ProfileChange> history(String platform, String userId) {
        return log.history(MemoryScope.keyOf(platform, userId));
    }

    long changes() {
        return log.count();
    }

    /** A key as stored: stripped, lower case, inner spaces as {@code _}. */
    static String key(String key) {
        String clean = key == null ? "" : key.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("key is required: a short name for the fact, e.g. \"editor\" or"
                    + " \"answer length\".");
        }
        if (clean.length() > MAX_KEY || !KEY.matcher(clean).matches()) {
            throw new IllegalArgumentException("key \"" + EntryEditor.preview(clean) + "\" must be at most " + MAX_KEY
                    + " letters, digits, spaces, '.', '_' or '-': a short name for the fact, not the fact itself.");
        }
        return clean.toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    private static ProfileLog.Change change(MemoryContext who, ProfileAspect aspect, String key, String value,
            String source, String reason) {
        if (aspect == null) throw new IllegalArgumentException("aspect is required: preference, expertise or style.");
        String src = source == null || source.isBlank() ? "unknown" : source.strip();
        if (src.length() > MAX_SOURCE) src = src.substring(0, MAX_SOURCE);
        String why = reason == null ? "" : reason.strip();
        if (why.length() > MAX_REASON) why = why.substring(0, MAX_REASON);
        return new ProfileLog.Change(MemoryScope.keyOf(who.platform(), who.userId()), who.sessionId(), aspect,
                key(key), value, src, why);
    }
}
