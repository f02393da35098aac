package dev.hermod.gateway.cli.internal;

import dev.hermod.api.agent.AgentRuntime;
import dev.hermod.api.agent.Conversation;
import dev.hermod.api.agent.SessionOptions;

/** The chat's current conversation. Used from the chat's main thread only. */
final class ConversationHolder implements AutoCloseable {
    private final AgentRuntime runtime;
    private Conversation current;
    private SessionOptions options;

    ConversationHolder(AgentRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * Opens a conversation and makes it current; the previous one is closed only once the new one
     * is open, so a failure leaves the chat where it was.
     *
     * @throws IllegalArgumentException if the session to resume does not exist
     * @throws IllegalStateException if no model is available
     */
    Conversation open(SessionOptions next) {
        Conversation opened = runtime.open(next);
        Conversation previous = current;
        current = opened;
        options = next.resume(null);
        if (previous != null) previous.close();
        return opened;
    }

    Conversation current() {
        return current;
    }

    /** The options of the current conversation, for a new session like it. */
    SessionOptions options() {
        return options;
    }

    @Override
    public void close() {
        if (current != null) current.close();
        current = null;
    }
}
