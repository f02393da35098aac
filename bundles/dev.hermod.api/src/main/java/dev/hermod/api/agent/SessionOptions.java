package dev.hermod.api.agent;

import java.nio.file.Path;

import dev.hermod.api.tool.Approver;

/**
 * How to open a {@link Conversation}.
 *
 * @param platform the front end's platform id ({@code cli}, {@code api} ...)
 * @param chatId the chat on that platform; for the CLI, {@code local}
 * @param userId the person, as the platform names them; empty for the local user
 * @param resumeId the session to resume, or {@code null} for a new session
 * @param workingDirectory the directory tools work in; {@code null} for the process's directory
 * @param approver who answers approval requests; {@code null} when nobody can (then every risky action is refused)
 * @param model the name of the model provider to use, or {@code null} for the configured primary
 * @param role primary, subagent or cron
 */
public record SessionOptions(String platform, String chatId, String userId, String resumeId,
                             Path workingDirectory, Approver approver, String model, AgentRole role) {
    public SessionOptions {
        platform = platform == null || platform.isBlank() ? "cli" : platform;
        chatId = chatId == null || chatId.isBlank() ? "local" : chatId;
        userId = userId == null ? "" : userId;
        role = role == null ? AgentRole.PRIMARY : role;
    }

    /** A new local CLI session with the given approver. */
    public static SessionOptions cli(Approver approver) {
        return new SessionOptions("cli", "local", "", null, null, approver, null, AgentRole.PRIMARY);
    }

    /** The same options, resuming the given session. */
    public SessionOptions resume(String sessionId) {
        return new SessionOptions(platform, chatId, userId, sessionId, workingDirectory, approver, model, role);
    }
}
