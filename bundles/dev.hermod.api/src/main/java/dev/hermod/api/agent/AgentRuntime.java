package dev.hermod.api.agent;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ProviderType;

import dev.hermod.api.gateway.InboundMessage;

/**
 * The agent: runs turns for gateways and interactive front ends. Provided by the core.
 *
 * <p>Turns of one session run one at a time, in order; different sessions run in parallel.
 */
@ProviderType
public interface AgentRuntime {

    /**
     * Hands a message from a messaging platform to the agent. The message is routed to its
     * session (by platform, chat, thread and, where configured, user), the turn runs, and the
     * reply is sent back through the gateway registered for {@link InboundMessage#platform()}.
     *
     * @return completes when the reply has been handed to the gateway, with the turn's result
     */
    CompletionStage<TurnResult> accept(InboundMessage message);

    /**
     * Opens an interactive conversation (the CLI, an API server): a new session, or the session
     * {@link SessionOptions#resumeId()} names.
     *
     * @throws IllegalArgumentException if the session to resume does not exist
     * @throws IllegalStateException if no model is available; the message says how to configure one
     */
    Conversation open(SessionOptions options);

    /** What the runtime is doing, for status displays. */
    RuntimeStatus status();

    /** The ids of the sessions with a conversation open or a turn running. */
    List<String> activeSessions();

    /** The id of the most recently updated session with this session key, if any. */
    Optional<String> lastSessionId(String sessionKey);

    /**
     * Waits up to {@code timeout} for the background work of the turns finished so far to end: the
     * {@link TurnObserver}s (the skill loop's review, judgement and reflection, which may each ask the
     * model). A front end that exits right after an answer (a one-shot chat) calls it before exiting,
     * so that what the agent learns from that answer is not cut off. Blocks the calling thread.
     *
     * @return true when nothing was left running, false when the timeout passed first
     * @throws InterruptedException if the calling thread is interrupted while waiting
     * @since 1.2
     */
    default boolean awaitBackgroundWork(Duration timeout) throws InterruptedException {
        return true;
    }
}
