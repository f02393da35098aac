package dev.hermod.shell.internal;

/**
 * Whose memory a {@code hermod:memory} command reads: {@code cli} (or nothing) is the local user,
 * {@code <platform>/<user id>} a gateway user ({@code telegram/123456}).
 */
record MemoryUser(String platform, String userId) {

    static final MemoryUser LOCAL = new MemoryUser("cli", "");

    /** Parses {@code cli} or {@code platform/user}; anything else is an {@link IllegalArgumentException}. */
    static MemoryUser parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.equals("cli") || t.equals("local")) return LOCAL;
        int slash = t.indexOf('/');
        if (slash <= 0 || slash == t.length() - 1) {
            throw new IllegalArgumentException("a user is cli (the local user) or <platform>/<user id>, e.g."
                    + " telegram/123456, not '" + t + "'");
        }
        return new MemoryUser(t.substring(0, slash), t.substring(slash + 1));
    }

    @Override
    public String toString() {
        return platform.equals("cli") ? "cli (local user)" : platform + "/" + userId;
    }
}
