package dev.hermod.gateway.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.hermod.api.agent.AgentRuntime;
import dev.hermod.api.agent.Conversation;
import dev.hermod.api.agent.RuntimeStatus;
import dev.hermod.api.agent.SessionOptions;
import dev.hermod.api.agent.TurnListener;
import dev.hermod.api.agent.TurnResult;
import dev.hermod.api.gateway.InboundMessage;
import dev.hermod.api.llm.Usage;
import dev.hermod.api.tool.ToolSpec;

/** A scripted agent runtime: each turn runs the script on its own thread, like the core does. */
final class FakeRuntime implements AgentRuntime {

    /** What a turn does. */
    interface Script {
        TurnResult run(String text, TurnListener listener, SessionOptions options, String sessionId) throws Exception;
    }

    final List<SessionOptions> opened = new CopyOnWriteArrayList<>();
    final List<FakeConversation> conversations = new CopyOnWriteArrayList<>();
    final List<String> knownSessions = new ArrayList<>();
    final List<String> models = new ArrayList<>(List.of("default"));
    final AtomicInteger ids = new AtomicInteger();
    List<ToolSpec> tools = List.of();
    Script script = (text, listener, options, id) -> completed(id, "echo: " + text);
    RuntimeException openFailure;
    String refusedModel;
    String lastSession;

    /** What awaitBackgroundWork answers, in turn (then true); the timeouts it was asked with. */
    final java.util.Deque<Boolean> backgroundIdle = new java.util.ArrayDeque<>();
    final List<java.time.Duration> backgroundWaits = new CopyOnWriteArrayList<>();

    @Override
    public boolean awaitBackgroundWork(java.time.Duration timeout) {
        backgroundWaits.add(timeout);
        Boolean idle = backgroundIdle.poll();
        return idle == null || idle;
    }

    static TurnResult completed(String sessionId, String text) {
        return new TurnResult(sessionId, TurnResult.Outcome.COMPLETED, text, 1, 0, new Usage(10, 5, 0), "default");
    }

    @Override
    public CompletionStage<TurnResult> accept(InboundMessage message) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Conversation open(SessionOptions options) {
        if (openFailure != null) throw openFailure;
        if (refusedModel != null && refusedModel.equals(options.model())) {
            throw new IllegalArgumentException("no provider named " + refusedModel);
        }
        if (options.resumeId() != null && !knownSessions.contains(options.resumeId())) {
            throw new IllegalArgumentException("no session " + options.resumeId());
        }
        opened.add(options);
        String id = options.resumeId() != null ? options.resumeId() : "s" + ids.incrementAndGet();
        FakeConversation c = new FakeConversation(id, options);
        conversations.add(c);
        return c;
    }

    @Override
    public RuntimeStatus status() {
        return new RuntimeStatus("/tmp", "default", models, List.of(), List.of(), List.of(), 1, 0, List.of());
    }

    @Override
    public List<String> activeSessions() { return List.of(); }

    @Override
    public Optional<String> lastSessionId(String sessionKey) {
        return "cli/local".equals(sessionKey) ? Optional.ofNullable(lastSession) : Optional.empty();
    }

    final class FakeConversation implements Conversation {
        final String id;
        final SessionOptions options;
        final List<String> sent = new CopyOnWriteArrayList<>();
        final List<String> feedback = new CopyOnWriteArrayList<>();
        volatile boolean closed;
        volatile boolean cancelled;

        FakeConversation(String id, SessionOptions options) {
            this.id = id;
            this.options = options;
        }

        @Override public String sessionId() { return id; }

        @Override public String modelName() { return options.model() == null ? "default" : options.model(); }

        @Override public List<ToolSpec> tools() { return tools; }

        @Override
        public CompletionStage<TurnResult> send(String text, TurnListener listener) {
            if (closed) throw new IllegalStateException("closed");
            sent.add(text);
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return script.run(text, listener, options, id);
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
        }

        @Override public void cancel() { cancelled = true; }
        @Override public void feedback(boolean positive, String comment) { feedback.add((positive ? "good" : "bad") + ":" + comment); }

        @Override public void close() { closed = true; }
    }
}
