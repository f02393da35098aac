package dev.hermod.api.gateway;

import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A bridge to one account on one messaging platform. A gateway receives from its platform and
 * hands each message to {@link dev.hermod.api.agent.AgentRuntime#accept}; the runtime sends
 * replies back through {@link #send}. Registered with the
 * {@link dev.hermod.api.propertytypes.HermodGateway} properties.
 */
@ConsumerType
public interface MessagingGateway {

    /** The platform id: {@code telegram}, {@code slack}, {@code cli} ...; lower case. */
    String platform();

    /** The account (bot, workspace, address) this gateway speaks as; empty when there is only one. */
    default String account() { return ""; }

    /** What the platform can do; the runtime splits and formats replies to fit. */
    GatewayCapabilities capabilities();

    /**
     * Sends one message. Completes with the platform's id for the sent message once the platform
     * has accepted it; completes exceptionally when it did not (the outbox then retries).
     * The text never exceeds {@link GatewayCapabilities#maxMessageLength()}.
     */
    CompletionStage<DeliveryReceipt> send(OutboundMessage message);

    /** Shows a typing indicator in the chat, where the platform has one. */
    default void typing(String chatId, String threadId) {}

    /** Whether the gateway is connected and receiving; a stopped receiver is reported in status. */
    default boolean receiving() { return true; }
}
