package dev.hermod.api.llm;

import java.util.List;
import java.util.Objects;

/** One message of a conversation, in the vendor-neutral form every provider maps from. */
public sealed interface ChatMessage {

    /** The role name as OpenAI-style APIs spell it: system, user, assistant, tool. */
    String role();

    /** The text of the message; empty, never null. */
    String text();

    /** Instructions: identity, memory snapshot, skills, context files. */
    record System(String text) implements ChatMessage {
        public System { text = text == null ? "" : text; }
        @Override public String role() { return "system"; }
    }

    /** What the person said (with recalled memory appended, when there is any). */
    record User(String text) implements ChatMessage {
        public User { text = text == null ? "" : text; }
        @Override public String role() { return "user"; }
    }

    /** What the model answered: text, tool calls, or both. */
    record Assistant(String text, List<ToolCall> toolCalls) implements ChatMessage {
        public Assistant {
            text = text == null ? "" : text;
            toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        }
        public Assistant(String text) { this(text, List.of()); }
        @Override public String role() { return "assistant"; }
        /** True when the model asked for at least one tool call. */
        public boolean hasToolCalls() { return !toolCalls.isEmpty(); }
    }

    /** The result of one tool call, answered back to the model. */
    record ToolResult(String toolCallId, String toolName, String text) implements ChatMessage {
        public ToolResult {
            Objects.requireNonNull(toolCallId, "toolCallId");
            Objects.requireNonNull(toolName, "toolName");
            text = text == null ? "" : text;
        }
        @Override public String role() { return "tool"; }
    }
}
