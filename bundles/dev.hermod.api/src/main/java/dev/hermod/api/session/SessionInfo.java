package dev.hermod.api.session;

import java.time.Instant;

/**
 * A stored session and its counters.
 *
 * @param id the durable id
 * @param sessionKey the routing key
 * @param platform the platform id
 * @param userId the user, or empty
 * @param model the model provider it started with
 * @param title a short title, or empty
 * @param parentId the parent session, or empty
 * @param createdAt when it was created
 * @param updatedAt when a message was last appended
 * @param messageCount how many messages the transcript holds
 * @param usage the tokens used so far
 * @param costUsd the cost so far in US dollars (0 when unknown)
 */
public record SessionInfo(String id, String sessionKey, String platform, String userId, String model, String title,
                          String parentId, Instant createdAt, Instant updatedAt, long messageCount,
                          dev.hermod.api.llm.Usage usage, double costUsd) {}
