package dev.hermod.core.internal;

import java.util.ArrayList;
import java.util.List;

import dev.hermod.api.agent.TurnListener;
import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.ChatRequest;
import dev.hermod.api.llm.ModelException;
import dev.hermod.api.memory.MemoryProvider;

/**
 * Replaces old turns in the prompt by a model-written summary when the prompt nears the model's
 * context window. Only the prompt changes: the session store keeps every message. If the summary
 * call fails, nothing is dropped: the person is told and the full history stays.
 */
final class ContextCompressor {
    static final String SUMMARY_MARKER = "[Summary of the earlier conversation; the full transcript is kept in the session store]";
    private static final int MAX_CHARS_PER_MESSAGE = 2_000;
    private static final String INSTRUCTIONS = """
            You compress conversations between a person and their AI agent. Write a faithful summary \
            of the conversation below that lets the agent continue the work: the person's goals and \
            preferences, decisions made, facts learnt (file paths, commands, names, numbers), what was \
            done and its results, and what is still open. Keep every detail that could matter later; \
            drop chit-chat. Write plain text, at most about 600 words.""";

    private final ModelCaller caller;
    private final MemoryFlush flush;
    private final double threshold;
    private final int keepRecent;

    ContextCompressor(ModelCaller caller, MemoryFlush flush, double threshold, int keepRecent) {
        this.caller = caller;
        this.flush = flush;
        this.threshold = threshold;
        this.keepRecent = Math.max(2, keepRecent);
    }

    /** Estimated prompt tokens: about four characters a token. */
    static long estimateTokens(String system, List<ChatMessage> history) {
        long chars = system.length();
        for (ChatMessage m : history) {
            chars += m.text().length() + 16;
            if (m instanceof ChatMessage.Assistant a) {
                for (var call : a.toolCalls()) chars += call.name().length() + call.arguments().length();
            }
        }
        return chars / 4;
    }

    boolean needed(AgentSession session, int toolSchemaChars) {
        int window = session.models.get(0).info().contextWindow();
        return estimateTokens(session.systemPrompt, session.history) + toolSchemaChars / 4 > (long) (threshold * window);
    }

    /** Compresses if possible; returns whether the history shrank. Never throws for a failed summary. */
    boolean compress(AgentSession session, TurnListener listener, TurnControl control) {
        int split = splitPoint(session.history);
        if (split <= 1) return false;
        flush.run(session, listener, control);
        List<ChatMessage> old = new ArrayList<>(session.history.subList(0, split));
        StringBuilder transcript = new StringBuilder();
        for (ChatMessage m : old) transcript.append(render(m)).append('\n');
        for (MemoryProvider provider : session.memory) {
            try {
                String keep = provider.preCompress(session.memoryContext, old);
                if (keep != null && !keep.isBlank()) transcript.append("\nFacts to preserve (").append(provider.name()).append("): ").append(keep);
            } catch (RuntimeException e) {
                notice(listener, "Memory provider '" + provider.name() + "' failed before compression: " + e.getMessage());
            }
        }
        try {
            var request = new ChatRequest(List.of(new ChatMessage.System(INSTRUCTIONS), new ChatMessage.User(transcript.toString())), List.of());
            String summary = caller.call(session.models, request, null, control).response().message().text();
            if (summary.isBlank()) throw new ModelException(ModelException.Kind.BAD_REQUEST, "the summary came back empty", null);
            session.history.subList(0, split).clear();
            session.history.add(0, new ChatMessage.User(SUMMARY_MARKER + "\n" + summary.strip()));
            notice(listener, "Compressed " + old.size() + " earlier messages into a summary to fit the context window (the full transcript is kept).");
            return true;
        } catch (ModelException e) {
            if (e.kind() == ModelException.Kind.CANCELLED) throw e;
            notice(listener, "Context compression failed (" + e.getMessage() + "); nothing was dropped. "
                    + "The conversation may soon exceed the model's context window: start a new session with /new if it does.");
            return false;
        }
    }

    /**
     * Where the kept part begins: never at a tool result, so that an assistant's tool calls are
     * never separated from their results, with at least {@code keepRecent} messages kept.
     */
    int splitPoint(List<ChatMessage> history) {
        for (int i = Math.max(1, history.size() - keepRecent); i > 0; i--) {
            if (!(history.get(i) instanceof ChatMessage.ToolResult)) return i;
        }
        return 0;
    }

    private static String render(ChatMessage m) {
        String text = m.text();
        if (text.length() > MAX_CHARS_PER_MESSAGE) text = text.substring(0, MAX_CHARS_PER_MESSAGE) + " [...]";
        StringBuilder out = new StringBuilder(m.role().toUpperCase()).append(": ").append(text);
        if (m instanceof ChatMessage.Assistant a) {
            for (var call : a.toolCalls()) out.append("\n  (called ").append(call.name()).append(' ').append(call.arguments()).append(')');
        } else if (m instanceof ChatMessage.ToolResult r) {
            out.insert(0, "(" + r.toolName() + ") ");
        }
        return out.toString();
    }

    private static void notice(TurnListener listener, String text) {
        if (listener != null) listener.onNotice(text);
    }
}
