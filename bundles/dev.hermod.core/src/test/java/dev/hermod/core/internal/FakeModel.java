package dev.hermod.core.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.ChatModel;
import dev.hermod.api.llm.ChatRequest;
import dev.hermod.api.llm.ChatResponse;
import dev.hermod.api.llm.ModelException;
import dev.hermod.api.llm.ModelInfo;
import dev.hermod.api.llm.StreamListener;
import dev.hermod.api.llm.ToolCall;
import dev.hermod.api.llm.Usage;

/** An in-process model for unit tests of the loop: plays scripted steps and records requests. */
final class FakeModel implements ChatModel {
    private final String name;
    private final int contextWindow;
    private final Deque<Function<ChatRequest, ChatResponse>> script = new ArrayDeque<>();
    final List<ChatRequest> requests = new java.util.concurrent.CopyOnWriteArrayList<>();

    FakeModel(String name) { this(name, 100_000); }

    FakeModel(String name, int contextWindow) {
        this.name = name;
        this.contextWindow = contextWindow;
    }

    FakeModel text(String text) { return step(r -> response(new ChatMessage.Assistant(text))); }

    FakeModel tool(String tool, String args) { return tools(new ToolCall("call_" + script.size(), tool, args)); }

    FakeModel tools(ToolCall... calls) {
        return step(r -> response(new ChatMessage.Assistant("", List.of(calls))));
    }

    FakeModel fail(ModelException.Kind kind) {
        return step(r -> { throw new ModelException(kind, 0, name + " " + kind, null, null); });
    }

    synchronized FakeModel step(Function<ChatRequest, ChatResponse> step) {
        script.add(step);
        return this;
    }

    static ChatResponse response(ChatMessage.Assistant message) {
        return new ChatResponse(message, new Usage(10, 5, 0), message.hasToolCalls() ? "tool_calls" : "stop", "fake");
    }

    @Override public String name() { return name; }

    @Override public ModelInfo info() { return new ModelInfo("fake", "fake-1", contextWindow, ""); }

    @Override
    public CompletionStage<ChatResponse> chat(ChatRequest request, StreamListener listener) {
        requests.add(request);
        Function<ChatRequest, ChatResponse> step;
        synchronized (this) {
            step = script.poll();
        }
        if (step == null) return CompletableFuture.failedFuture(new ModelException(ModelException.Kind.BAD_REQUEST, "script exhausted", null));
        try {
            ChatResponse response = step.apply(request);
            if (listener != null && !response.message().text().isEmpty()) listener.onText(response.message().text());
            return CompletableFuture.completedFuture(response);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    List<ChatRequest> requests() { return new ArrayList<>(requests); }
}
