package dev.hermod.core.internal;

import dev.hermod.api.gateway.InboundMessage;

/** Derives session keys: {@code platform/chat[/thread][/user]}. */
final class SessionKeys {
    private SessionKeys() {}

    static String of(String platform, String chatId, String threadId, String userId) {
        StringBuilder key = new StringBuilder(platform).append('/').append(chatId);
        if (threadId != null && !threadId.isEmpty()) key.append('/').append(threadId);
        if (userId != null && !userId.isEmpty()) key.append("/u:").append(userId);
        return key.toString();
    }

    /**
     * A direct chat is one person's session; in a group chat each sender gets a session of their
     * own when {@code perUserInGroups} is set, so nobody sees another's context.
     */
    static String of(InboundMessage message, boolean perUserInGroups) {
        String platform = message.account().isEmpty() ? message.platform() : message.platform() + ":" + message.account();
        String user = !message.direct() && perUserInGroups ? message.senderId() : "";
        return of(platform, message.chatId(), message.threadId(), user);
    }
}
