package dev.hermod.api.session;

import java.time.Instant;

import dev.hermod.api.llm.ChatMessage;

/**
 * One message of a stored transcript.
 *
 * @param sessionId the session
 * @param seq its position in the transcript, from 1
 * @param message the message
 * @param createdAt when it was stored
 */
public record StoredMessage(String sessionId, long seq, ChatMessage message, Instant createdAt) {}
