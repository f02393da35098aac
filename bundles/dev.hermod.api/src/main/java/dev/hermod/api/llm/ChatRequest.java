package dev.hermod.api.llm;

import java.util.List;
import java.util.Objects;

import dev.hermod.api.tool.ToolSpec;

/**
 * One call to a model.
 *
 * @param messages the conversation, system message first; never empty
 * @param tools the tools the model may call; empty for none
 * @param maxOutputTokens the cap on generated tokens, or 0 for the provider default
 * @param temperature the sampling temperature, or {@code null} for the provider default
 */
public record ChatRequest(List<ChatMessage> messages, List<ToolSpec> tools, int maxOutputTokens, Double temperature) {
    public ChatRequest {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        if (messages.isEmpty()) throw new IllegalArgumentException("a request needs at least one message");
        tools = tools == null ? List.of() : List.copyOf(tools);
        if (maxOutputTokens < 0) throw new IllegalArgumentException("maxOutputTokens must be >= 0");
    }

    public ChatRequest(List<ChatMessage> messages, List<ToolSpec> tools) { this(messages, tools, 0, null); }
}
