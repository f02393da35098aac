package dev.hermod.api.llm;

import java.util.Objects;

/**
 * A model's complete answer to one {@link ChatRequest}.
 *
 * @param message the assistant message (text and/or tool calls)
 * @param usage the token counts the provider reported ({@link Usage#NONE} when it reported none)
 * @param finishReason why generation stopped, as the provider said it ({@code stop}, {@code tool_calls}, {@code length} ...)
 * @param model the model that answered, as the provider named it
 */
public record ChatResponse(ChatMessage.Assistant message, Usage usage, String finishReason, String model) {
    public ChatResponse {
        Objects.requireNonNull(message, "message");
        usage = usage == null ? Usage.NONE : usage;
        finishReason = finishReason == null ? "" : finishReason;
        model = model == null ? "" : model;
    }
}
