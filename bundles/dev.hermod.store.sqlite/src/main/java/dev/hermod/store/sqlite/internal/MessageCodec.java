package dev.hermod.store.sqlite.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.ToolCall;

/**
 * Maps each {@link ChatMessage} kind to the columns of {@code session_messages} and back, exactly:
 * tool-call arguments are kept as the model's original JSON text, never re-serialised.
 */
final class MessageCodec {

    /** The stored form of one message. */
    record Row(String role, String text, String toolCalls, String toolCallId, String toolName) {}

    /** Built on first use: the first ObjectMapper loads much of Jackson, and start-up need not wait for that. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    Row encode(ChatMessage message) {
        return switch (message) {
            case ChatMessage.System m -> new Row("system", m.text(), null, null, null);
            case ChatMessage.User m -> new Row("user", m.text(), null, null, null);
            case ChatMessage.Assistant m -> new Row("assistant", m.text(), encodeCalls(m.toolCalls()), null, null);
            case ChatMessage.ToolResult m -> new Row("tool", m.text(), null, m.toolCallId(), m.toolName());
        };
    }

    ChatMessage decode(Row row) {
        return switch (row.role()) {
            case "system" -> new ChatMessage.System(row.text());
            case "user" -> new ChatMessage.User(row.text());
            case "assistant" -> new ChatMessage.Assistant(row.text(), decodeCalls(row.toolCalls()));
            case "tool" -> new ChatMessage.ToolResult(row.toolCallId(), row.toolName(), row.text());
            default -> throw new IllegalStateException("Unknown message role in state.db: " + row.role());
        };
    }

    private String encodeCalls(List<ToolCall> calls) {
        if (calls.isEmpty()) return null;
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (ToolCall call : calls) {
            array.addObject().put("id", call.id()).put("name", call.name()).put("arguments", call.arguments());
        }
        return array.toString();
    }

    private List<ToolCall> decodeCalls(String text) {
        if (text == null || text.isEmpty()) return List.of();
        try {
            List<ToolCall> calls = new ArrayList<>();
            for (JsonNode call : Json.MAPPER.readTree(text)) {
                calls.add(new ToolCall(call.path("id").asText(), call.path("name").asText(),
                        call.path("arguments").asText()));
            }
            return calls;
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable tool_calls JSON in state.db", e);
        }
    }
}
