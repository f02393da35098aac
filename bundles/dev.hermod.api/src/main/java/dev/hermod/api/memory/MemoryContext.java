package dev.hermod.api.memory;

import java.util.Objects;

import dev.hermod.api.agent.AgentRole;

/**
 * Whose memory a hook acts on. Providers keep the memories of different users apart by
 * {@link #userId()} and {@link #platform()}.
 *
 * @param sessionId the durable session id
 * @param sessionKey the routing key of the session
 * @param platform the platform id ({@code cli}, {@code telegram} ...)
 * @param userId the user on that platform; empty for the local CLI user
 * @param role primary, subagent or cron
 */
public record MemoryContext(String sessionId, String sessionKey, String platform, String userId, AgentRole role) {
    public MemoryContext {
        Objects.requireNonNull(sessionId, "sessionId");
        sessionKey = sessionKey == null ? "" : sessionKey;
        platform = platform == null ? "" : platform;
        userId = userId == null ? "" : userId;
        role = role == null ? AgentRole.PRIMARY : role;
    }
}
