package dev.hermod.memory.builtin.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import dev.hermod.api.memory.MemoryContext;

/**
 * Whose USER.md a call reads and writes. MEMORY.md (the agent's own notes) is global; USER.md is
 * per person: the local CLI user keeps {@code memories/USER.md}, a gateway user gets
 * {@code memories/users/<platform>/<user>/USER.md}, so people sharing a gateway never see each
 * other's profile.
 *
 * @param platform the platform id; empty or {@code cli} for the local user
 * @param userId the user on that platform; ignored for the local user
 */
record MemoryScope(String platform, String userId) {

    /** The scope of rows about MEMORY.md, which every user shares. */
    static final String GLOBAL = "global";
    static final MemoryScope LOCAL = new MemoryScope("cli", "");

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    MemoryScope {
        platform = platform == null || platform.isBlank() ? "cli" : platform;
        userId = userId == null ? "" : userId;
    }

    static MemoryScope of(MemoryContext context) {
        return new MemoryScope(context.platform(), context.userId());
    }

    boolean local() {
        return platform.equals("cli");
    }

    /** The scope column of USER rows in the archive: {@code cli} or {@code <platform>/<user>}. */
    String key() {
        return local() ? "cli" : safe(platform) + "/" + safe(userId);
    }

    /** The archive scope of a row about {@code target}. */
    String keyFor(MemoryTarget target) {
        return target == MemoryTarget.MEMORY ? GLOBAL : key();
    }

    /** The file of {@code target} under the memories folder. */
    Path file(Path memories, MemoryTarget target) {
        if (target == MemoryTarget.MEMORY || local()) return memories.resolve(target.fileName());
        return memories.resolve("users").resolve(safe(platform)).resolve(safe(userId)).resolve(target.fileName());
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
