package dev.hermod.testing.model;

import java.util.Objects;

/**
 * One tool call the scripted model asks for.
 *
 * @param id the call id sent to the client, or {@code null} to let the server number it
 *        ({@code call_1}, {@code call_2} ... in the order the server sends them)
 * @param name the tool name
 * @param arguments the arguments as JSON object text
 */
public record ScriptedToolCall(String id, String name, String arguments) {
    public ScriptedToolCall {
        Objects.requireNonNull(name, "name");
        arguments = arguments == null || arguments.isBlank() ? "{}" : arguments;
    }

    /** A call with a server-assigned id. */
    public static ScriptedToolCall of(String name, String arguments) {
        return new ScriptedToolCall(null, name, arguments);
    }
}
