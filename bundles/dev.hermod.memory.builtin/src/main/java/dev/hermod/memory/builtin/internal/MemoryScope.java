package dev.hermod.memory.builtin.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import dev.hermod.api.memory.MemoryContext;

/**
 * Whose memory files a call reads and writes, and which archive rows it may see. USER.md is per
 * person: the local CLI user keeps {@code memories/USER.md}, a gateway user gets
 * {@code memories/users/<platform>/<user>/USER.md}. MEMORY.md (the agent's own notes) is the local
 * user's {@code memories/MEMORY.md}; a gateway user gets their own beside their USER.md unless the
 * agent's notes are shared ({@code shared_agent_notes}), so people sharing a gateway never see each
 * other's profile or memories by default.
 *
 * @param platform the platform id; empty or {@code cli} for the local user
 * @param userId the user on that platform; ignored for the local user
 * @param sharedNotes true: a gateway user reads and writes the one MEMORY.md of the home, like the
 *        local user, and sees its rows; false: each gateway user has their own
 */
record MemoryScope(String platform, String userId, boolean sharedNotes) {

    /** The scope of rows about the home's own MEMORY.md (the local user's, and everyone's when shared). */
    static final String GLOBAL = "global";
    static final MemoryScope LOCAL = new MemoryScope("cli", "", false);

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    MemoryScope {
        platform = platform == null || platform.isBlank() ? "cli" : platform;
        userId = userId == null ? "" : userId;
    }

    /** The caller of {@code context}; {@code sharedNotes} as configured ({@code shared_agent_notes}). */
    static MemoryScope of(MemoryContext context, boolean sharedNotes) {
        return new MemoryScope(context.platform(), context.userId(), sharedNotes);
    }

    /** The scope key of a person, for what is always per person (USER rows, profiles, sessions). */
    static String keyOf(String platform, String userId) {
        return new MemoryScope(platform, userId, false).key();
    }

    boolean local() {
        return platform.equals("cli");
    }

    /** The scope column of USER rows in the archive: {@code cli} or {@code <platform>/<user>}. */
    String key() {
        return local() ? "cli" : safe(platform) + "/" + safe(userId);
    }

    /**
     * The scope column of MEMORY rows this user writes: {@link #GLOBAL} for the home's MEMORY.md
     * (the local user, or anyone when notes are shared), else the user's own {@link #key()}.
     */
    String notesKey() {
        return ownNotes() ? key() : GLOBAL;
    }

    /** The archive scope of a row about {@code target}. */
    String keyFor(MemoryTarget target) {
        return target == MemoryTarget.MEMORY ? notesKey() : key();
    }

    /** The scopes whose archive rows (and their vectors) this user may see: their notes' and their own. */
    List<String> visibleScopes() {
        return ownNotes() ? List.of(key()) : List.of(GLOBAL, key());
    }

    /** The file of {@code target} under the memories folder. */
    Path file(Path memories, MemoryTarget target) {
        boolean home = target == MemoryTarget.MEMORY ? !ownNotes() : local();
        if (home) return memories.resolve(target.fileName());
        return memories.resolve("users").resolve(safe(platform)).resolve(safe(userId)).resolve(target.fileName());
    }

    /** Whether this user keeps a MEMORY.md of their own: a gateway user whose notes are not shared. */
    private boolean ownNotes() {
        return !local() && !sharedNotes;
    }

    /**
     * A name safe as one path segment. Ids that needed changing (or are empty, or dots only) get a
     * hash of the original appended, so two different ids never share a folder.
     */
    static String safe(String id) {
        String cleaned = UNSAFE.matcher(id).replaceAll("_");
        // a leading '_' marks the hashed form: an id that starts with one is hashed too, so none can pose as another
        boolean changed = !cleaned.equals(id) || cleaned.isEmpty() || cleaned.startsWith("_")
                || cleaned.chars().allMatch(c -> c == '.');
        if (cleaned.length() > 64) {
            cleaned = cleaned.substring(0, 64);
            changed = true;
        }
        return changed ? "_" + cleaned + "-" + hash(id) : cleaned;
    }

    private static String hash(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
