package dev.hermod.api.gateway;

/**
 * Proof that a platform accepted a message.
 *
 * @param platformMessageId the platform's id for the sent message, recorded in the outbox
 */
public record DeliveryReceipt(String platformMessageId) {
    public DeliveryReceipt {
        platformMessageId = platformMessageId == null ? "" : platformMessageId;
    }
}
