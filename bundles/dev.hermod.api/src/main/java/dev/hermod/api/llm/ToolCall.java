package dev.hermod.api.llm;

import java.util.Objects;

/**
 * A model's request to call a tool.
 *
 * @param id the provider's call id, echoed in the {@link ChatMessage.ToolResult}
 * @param name the tool name
 * @param arguments the arguments as a JSON object text; {@code "{}"} when the model sent none
 */
public record ToolCall(String id, String name, String arguments) {
    public ToolCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        arguments = arguments == null || arguments.isBlank() ? "{}" : arguments;
    }
}
