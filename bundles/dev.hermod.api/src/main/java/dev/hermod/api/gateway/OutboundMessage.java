package dev.hermod.api.gateway;

import java.util.Objects;

/**
 * A message for a gateway to send.
 *
 * @param chatId the chat to send to
 * @param threadId the thread, or empty
 * @param text the text, already split to fit the platform's limit
 * @param replyTo the platform message id being answered, or empty
 * @param idempotencyKey a key unique to this outgoing message; a gateway whose platform
 *        supports idempotent sends passes it on, so that a retried send is never delivered twice
 */
public record OutboundMessage(String chatId, String threadId, String text, String replyTo, String idempotencyKey) {
    public OutboundMessage {
        Objects.requireNonNull(chatId, "chatId");
        threadId = threadId == null ? "" : threadId;
        text = text == null ? "" : text;
        replyTo = replyTo == null ? "" : replyTo;
        idempotencyKey = idempotencyKey == null ? "" : idempotencyKey;
    }
}
