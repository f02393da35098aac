package dev.hermod.core.internal;

import java.util.ArrayList;
import java.util.List;

import dev.hermod.api.agent.TurnListener;
import dev.hermod.api.agent.TurnRecord;
import dev.hermod.api.agent.TurnResult;
import dev.hermod.api.agent.TurnResult.Outcome;
import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.ChatRequest;
import dev.hermod.api.llm.ChatResponse;
import dev.hermod.api.llm.ModelException;
import dev.hermod.api.llm.Usage;
import dev.hermod.api.session.SessionStore;
import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolSpec;

/**
 * One turn of the agent loop: the model is called, its tool calls run, their results go back,
 * until it answers without tool calls or the iteration budget is spent. Every message is stored
 * as soon as it exists, so a crash mid-turn loses nothing that happened before it.
 */
final class TurnRunner {

    private final SessionStore store;
    private final ModelCaller caller;
    private final ToolExecutor tools;
    private final ContextCompressor compressor;
    private final TurnContextAugmenter augmenter;
    private final int maxIterations;

    TurnRunner(SessionStore store, ModelCaller caller, ToolExecutor tools, ContextCompressor compressor,
               TurnContextAugmenter augmenter, int maxIterations) {
        this.store = store;
        this.caller = caller;
        this.tools = tools;
        this.compressor = compressor;
        this.augmenter = augmenter;
        this.maxIterations = Math.max(1, maxIterations);
    }

    /** Runs the turn; the record holds its result and what happened in it, for the turn observers. */
    TurnRecord run(AgentSession session, String userText, TurnListener listener, TurnControl control) {
        store.append(session.id, List.of(new ChatMessage.User(userText)));
        TurnContextAugmenter.Augmented augmented = augmenter.augment(session, userText, listener);
        session.history.add(new ChatMessage.User(augmented.text()));
        Progress p = new Progress(session);
        TurnResult result = loop(session, userText, listener, control, p);
        return new TurnRecord(session.id, session.key, userText, result, augmented.offeredSkills(), p.transcript,
                List.copyOf(control.failedCalls), augmented.ranSkill());
    }

    private TurnResult loop(AgentSession session, String userText, TurnListener listener, TurnControl control, Progress p) {
        List<ToolSpec> specs = session.tools.values().stream().map(Tool::spec).toList();
        int schemaChars = specs.stream().mapToInt(s -> s.parameters().length() + s.description().length()).sum();
        try {
            while (true) {
                if (control.cancelled()) return p.result(Outcome.CANCELLED, "Stopped.");
                if (p.modelCalls >= maxIterations) return finalAnswer(session, p, listener, control);
                if (compressor.needed(session, schemaChars)) compressor.compress(session, listener, control);
                ChatResponse response = call(session, specs, listener, control, p);
                ChatMessage.Assistant answer = response.message();
                record(session, answer, p);
                if (!answer.hasToolCalls()) {
                    augmenter.afterTurn(session, userText, answer.text(), listener);
                    return p.result(Outcome.COMPLETED, answer.text());
                }
                List<ChatMessage.ToolResult> results = new ArrayList<>(tools.run(session, answer.toolCalls(), listener, control));
                p.toolCalls += results.size();
                budgetWarning(p.modelCalls).ifPresent(w -> {
                    int last = results.size() - 1;
                    var r = results.get(last);
                    results.set(last, new ChatMessage.ToolResult(r.toolCallId(), r.toolName(), r.text() + "\n\n" + w));
                });
                results.forEach(r -> record(session, r, p));
            }
        } catch (ModelException e) {
            if (e.kind() == ModelException.Kind.CANCELLED) return p.result(Outcome.CANCELLED, "Stopped.");
            String text = "The model call failed: " + e.getMessage() + failureAdvice(e);
            if (listener != null) listener.onNotice(text);
            return p.result(Outcome.FAILED, text);
        }
    }

    private ChatResponse call(AgentSession session, List<ToolSpec> specs, TurnListener listener, TurnControl control, Progress p) {
        try {
            return callOnce(session, specs, listener, control, p);
        } catch (ModelException e) {
            if (e.kind() != ModelException.Kind.CONTEXT_OVERFLOW || !compressor.compress(session, listener, control)) throw e;
            return callOnce(session, specs, listener, control, p);
        }
    }

    private ChatResponse callOnce(AgentSession session, List<ToolSpec> specs, TurnListener listener, TurnControl control, Progress p) {
        List<ChatMessage> messages = new ArrayList<>(session.history.size() + 1);
        messages.add(new ChatMessage.System(session.systemPrompt));
        messages.addAll(session.history);
        ModelCaller.Answer answer = caller.call(session.models, new ChatRequest(messages, specs), listener, control);
        p.count(answer);
        store.addUsage(session.id, answer.response().usage(), 0);
        return answer.response();
    }

    /** The budget is spent: one last call without tools so the person gets the best answer so far. */
    private TurnResult finalAnswer(AgentSession session, Progress p, TurnListener listener, TurnControl control) {
        session.history.add(new ChatMessage.User("[The iteration budget of " + maxIterations
                + " model calls for this turn is spent. Do not call tools. Tell the person what you did, what you found, and what is left.]"));
        ChatMessage.Assistant answer = callOnce(session, List.of(), listener, control, p).message();
        record(session, answer, p);
        return p.result(Outcome.BUDGET_EXHAUSTED, answer.text());
    }

    java.util.Optional<String> budgetWarning(int used) {
        if (used == (int) Math.ceil(maxIterations * 0.9) || used == (int) Math.ceil(maxIterations * 0.7)) {
            return java.util.Optional.of("[Budget: " + used + " of " + maxIterations
                    + " model calls used in this turn. " + (used * 10 >= maxIterations * 9
                    ? "Finish now: give your answer with what you have." : "Start wrapping up.") + "]");
        }
        return java.util.Optional.empty();
    }

    private void record(AgentSession session, ChatMessage message, Progress p) {
        p.transcript.add(message);
        session.history.add(message);
        store.append(session.id, List.of(message));
    }

    private static String failureAdvice(ModelException e) {
        return switch (e.kind()) {
            case AUTHENTICATION -> ". Check the API key variable named by api_key_env in etc/hermod.llm.openai-<name>.cfg.";
            case CONTEXT_OVERFLOW -> ". The conversation no longer fits the model's context window: start a new session (/new).";
            case NETWORK, TIMEOUT -> ". Check that the endpoint is reachable; your message is kept, send it again to retry.";
            default -> ". Your message is kept in the session; send it again to retry.";
        };
    }

    /** Counters of the running turn. */
    private static final class Progress {
        final AgentSession session;
        int modelCalls;
        int toolCalls;
        Usage usage = Usage.NONE;
        String model = "";
        final List<ChatMessage> transcript = new ArrayList<>();

        Progress(AgentSession session) { this.session = session; }

        void count(ModelCaller.Answer answer) {
            modelCalls++;
            usage = usage.plus(answer.response().usage());
            model = answer.model().name();
        }

        TurnResult result(Outcome outcome, String text) {
            return new TurnResult(session.id, outcome, text, modelCalls, toolCalls, usage, model);
        }
    }
}
