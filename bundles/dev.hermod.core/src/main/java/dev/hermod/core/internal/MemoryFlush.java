package dev.hermod.core.internal;

import java.util.ArrayList;
import java.util.List;

import dev.hermod.api.agent.TurnListener;
import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.ChatRequest;
import dev.hermod.api.llm.ModelException;
import dev.hermod.api.llm.ToolCall;
import dev.hermod.api.tool.Tool;

/**
 * Before old messages leave the prompt, the model gets one chance to save what matters with the
 * {@code memory} tool. It runs off the conversation: the session's history does not change, and
 * only the memory tool is offered and run (a call to any other tool is answered with an error, not
 * run). A failure never blocks compression.
 */
final class MemoryFlush {
    static final String MEMORY_TOOL = "memory";
    static final int MAX_CALLS = 3;
    static final String PROMPT = "[Older messages of this conversation are about to be summarised and leave your context. "
            + "If they hold durable facts worth keeping across sessions (the person's preferences, decisions, "
            + "names, paths, lessons learnt) that your memory does not hold yet, save them now with the memory "
            + "tool. Then answer with the single word DONE.]";

    private final ModelCaller caller;
    private final ToolExecutor tools;

    MemoryFlush(ModelCaller caller, ToolExecutor tools) {
        this.caller = caller;
        this.tools = tools;
    }

    /** Runs the flush; returns how many memory writes the model made. */
    int run(AgentSession session, TurnListener listener, TurnControl control) {
        Tool memory = session.tools.get(MEMORY_TOOL);
        if (memory == null) return 0;
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(new ChatMessage.System(session.systemPrompt));
        messages.addAll(session.history);
        messages.add(new ChatMessage.User(PROMPT));
        int writes = 0;
        try {
            for (int call = 0; call < MAX_CALLS; call++) {
                ChatMessage.Assistant answer = caller.call(session.models,
                        new ChatRequest(messages, List.of(memory.spec())), null, control).response().message();
                if (!answer.hasToolCalls()) break;
                messages.add(answer);
                for (ToolCall toolCall : answer.toolCalls()) {
                    if (MEMORY_TOOL.equals(toolCall.name())) {
                        messages.add(tools.one(session, toolCall, listener, control));
                        writes++;
                    } else {
                        messages.add(notOffered(toolCall));
                    }
                }
            }
        } catch (ModelException e) {
            if (e.kind() == ModelException.Kind.CANCELLED) throw e;
            if (listener != null) listener.onNotice("Saving memory before compression failed (" + e.getMessage() + "); compressing anyway, the transcript is kept.");
        }
        return writes;
    }

    private static ChatMessage.ToolResult notOffered(ToolCall call) {
        return new ChatMessage.ToolResult(call.id(), call.name(), "Error: not run: only the " + MEMORY_TOOL
                + " tool is offered while saving memory before compression, so '" + call.name() + "' cannot be called"
                + " here. Save what matters with " + MEMORY_TOOL + ", then answer DONE.");
    }
}
