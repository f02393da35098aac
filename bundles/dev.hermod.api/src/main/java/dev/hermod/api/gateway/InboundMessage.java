package dev.hermod.api.gateway;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message received from a platform. The platform's own message id makes it unique: the
 * runtime journals {@link #dedupKey()} before it acknowledges, so a redelivered message never
 * starts a second turn.
 *
 * @param platform the platform id
 * @param account the receiving account (bot, workspace); empty when there is only one
 * @param chatId the chat, channel or conversation
 * @param threadId the thread within the chat, or empty
 * @param senderId the sender as the platform identifies them
 * @param senderName the sender's display name, for the prompt only (never for authorization)
 * @param messageId the platform's id for this message
 * @param text the message text
 * @param attachments files or media that came with it
 * @param direct whether this is a direct (one-to-one) chat rather than a group
 * @param receivedAt when the platform says it was sent
 */
public record InboundMessage(String platform, String account, String chatId, String threadId, String senderId,
                             String senderName, String messageId, String text, List<Attachment> attachments,
                             boolean direct, Instant receivedAt) {
    public InboundMessage {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(messageId, "messageId");
        account = account == null ? "" : account;
        threadId = threadId == null ? "" : threadId;
        senderName = senderName == null ? "" : senderName;
        text = text == null ? "" : text;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        receivedAt = receivedAt == null ? Instant.now() : receivedAt;
    }

    /** The key that makes this message unique across redeliveries. */
    public String dedupKey() {
        return String.join("\u001f", platform, account, chatId, threadId, messageId);
    }

    /**
     * A file or media item.
     *
     * @param kind {@code image}, {@code audio}, {@code video}, {@code file}
     * @param name the file name, or empty
     * @param mimeType the MIME type, or empty
     * @param reference where to fetch it: a platform file id or a local path after download
     */
    public record Attachment(String kind, String name, String mimeType, String reference) {}
}
