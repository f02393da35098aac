package dev.hermod.api.gateway;

/**
 * What a platform supports.
 *
 * @param maxMessageLength the longest message text in characters (Telegram 4096, Discord 2000 ...)
 * @param media whether images and files can be sent and received
 * @param edits whether a sent message can be edited (used to stream long answers)
 * @param threads whether chats have threads
 * @param typing whether a typing indicator exists
 * @param markdown whether the platform renders (some dialect of) markdown
 */
public record GatewayCapabilities(int maxMessageLength, boolean media, boolean edits, boolean threads,
                                  boolean typing, boolean markdown) {
    public GatewayCapabilities {
        if (maxMessageLength <= 0) throw new IllegalArgumentException("maxMessageLength must be > 0");
    }

    /** A plain-text platform with the given message limit and nothing else. */
    public static GatewayCapabilities plain(int maxMessageLength) {
        return new GatewayCapabilities(maxMessageLength, false, false, false, false, false);
    }
}
