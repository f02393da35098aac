package dev.hermod.api.tool;

import java.nio.file.Path;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import dev.hermod.api.agent.AgentRole;

/** The context of one tool call, provided by the core. Valid only during the call. */
@ProviderType
public interface ToolContext {

    /** The durable id of the session the call belongs to. */
    String sessionId();

    /** The routing key of the session: {@code platform/chat[/thread][/user]}. */
    String sessionKey();

    /** The platform the turn came from ({@code cli}, {@code telegram} ...). */
    String platform();

    /** The user the turn is for, as the platform identifies them; empty for the local CLI user. */
    String userId();

    /** Whether this is a primary agent, a subagent, or a scheduled job. */
    AgentRole role();

    /** The working directory for relative paths and commands. */
    Path workingDirectory();

    /** The Hermod home ({@code ~/.hermod} or {@code HERMOD_HOME}). */
    Path home();

    /**
     * Asks for approval of a risky action and blocks until it is given or refused. Where nobody can
     * answer (no approver, a cron job, a subagent) the answer is {@link ApprovalDecision#DENY}.
     */
    ApprovalDecision approve(ApprovalRequest request);

    /** True once the user has stopped the turn; long-running tools should stop soon after. */
    boolean cancelled();

    /** Reports progress text to the front end (shown, not sent to the model). */
    void progress(String text);

    /** A per-session object shared between calls of the same tool family, created on first use. */
    <T> T sessionState(Class<T> type, java.util.function.Supplier<T> create);

    /** The id of the tool call, if the model gave one. */
    Optional<String> callId();
}
