package dev.hermod.core.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.hermod.api.agent.Conversation;
import dev.hermod.api.agent.TurnListener;
import dev.hermod.api.agent.TurnResult;
import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolSpec;

/** An interactive session handed to a front end. */
final class ConversationHandle implements Conversation {
    private final AgentService runtime;
    private final AgentSession session;
    private volatile boolean closed;

    ConversationHandle(AgentService runtime, AgentSession session) {
        this.runtime = runtime;
        this.session = session;
    }

    @Override public String sessionId() { return session.id; }
    @Override public String modelName() { return session.modelNames.get(0); }

    @Override
    public List<ToolSpec> tools() {
        return session.tools.values().stream().map(Tool::spec)
                .sorted(java.util.Comparator.comparing(ToolSpec::toolset).thenComparing(ToolSpec::name)).toList();
    }

    @Override
    public CompletionStage<TurnResult> send(String text, TurnListener listener) {
        if (closed) return CompletableFuture.failedFuture(new IllegalStateException("the conversation is closed"));
        return runtime.submit(session, text, listener);
    }

    @Override
    public void feedback(boolean positive, String comment) {
        runtime.feedback(session.id, positive, comment);
    }

    @Override
    public void cancel() {
        TurnControl control = session.running;
        if (control != null) control.cancel();
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        cancel();
        runtime.end(session);
    }
}
