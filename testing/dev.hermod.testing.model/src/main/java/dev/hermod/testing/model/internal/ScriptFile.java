package dev.hermod.testing.model.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hermod.testing.model.Reply;
import dev.hermod.testing.model.ScriptedToolCall;

/**
 * A script read from JSON (the format is in the module README): either an array of entries, or an
 * object with {@code replies}, and optionally {@code when_empty}, {@code model} and {@code api_key}.
 *
 * @param replies the replies in order
 * @param whenEmpty the reply once the replies are played, or {@code null} for the "script exhausted" error
 * @param model the model id served, or {@code null} for the default
 * @param apiKey the bearer token required, or {@code null} to accept any
 */
public record ScriptFile(List<Reply> replies, Reply whenEmpty, String model, String apiKey) {
    private static final Set<String> ENTRY_KEYS = Set.of("text", "tool_calls", "error", "message", "code",
            "retry_after", "delay_ms", "chunk_delay_ms", "usage");
    private static final Set<String> ROOT_KEYS = Set.of("replies", "when_empty", "model", "api_key");

    public static ScriptFile read(ObjectMapper mapper, Path file) throws IOException {
        return parse(mapper.readTree(file.toFile()));
    }

    public static ScriptFile parse(JsonNode root) {
        if (root.isArray()) return new ScriptFile(entries(root), null, null, null);
        if (!root.isObject()) throw new IllegalArgumentException("a script is a JSON array of replies or an object");
        unknownKeys(root, ROOT_KEYS, "the script");
        JsonNode whenEmpty = root.get("when_empty");
        return new ScriptFile(entries(root.path("replies")), whenEmpty == null ? null : entry(whenEmpty, "when_empty"),
                text(root, "model"), text(root, "api_key"));
    }

    private static List<Reply> entries(JsonNode array) {
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) replies.add(entry(array.get(i), "entry #" + (i + 1)));
        return replies;
    }

    static Reply entry(JsonNode node, String where) {
        if (!node.isObject()) throw new IllegalArgumentException("script " + where + " is not a JSON object: " + node);
        unknownKeys(node, ENTRY_KEYS, "script " + where);
        Reply reply = content(node, where);
        if (node.has("delay_ms")) reply = reply.delayed(Duration.ofMillis(node.get("delay_ms").asLong()));
        if (node.has("chunk_delay_ms")) reply = reply.chunkDelay(Duration.ofMillis(node.get("chunk_delay_ms").asLong()));
        JsonNode usage = node.get("usage");
        if (usage != null) {
            reply = reply.usage(usage.path("prompt_tokens").asInt(1), usage.path("completion_tokens").asInt(1))
                    .cachedTokens(usage.path("cached_tokens").asInt(0));
        }
        return reply;
    }

    private static Reply content(JsonNode node, String where) {
        if (node.has("error")) {
            Reply error = Reply.error(node.get("error").asInt(), text(node, "message"), text(node, "code"));
            return node.has("retry_after") ? error.retryAfter(Duration.ofMillis(
                    Math.round(node.get("retry_after").asDouble() * 1000))) : error;
        }
        if (node.has("tool_calls")) {
            List<ScriptedToolCall> calls = new ArrayList<>();
            for (JsonNode call : node.get("tool_calls")) calls.add(toolCall(call, where));
            Reply reply = Reply.toolCalls(calls.toArray(ScriptedToolCall[]::new));
            return node.has("text") ? reply.withText(node.get("text").asText()) : reply;
        }
        if (node.has("text")) return Reply.text(node.get("text").asText());
        throw new IllegalArgumentException("script " + where + " needs \"text\", \"tool_calls\" or \"error\": " + node);
    }

    private static ScriptedToolCall toolCall(JsonNode call, String where) {
        if (!call.hasNonNull("name")) throw new IllegalArgumentException("a tool call in script " + where + " has no name");
        JsonNode arguments = call.path("arguments");
        String argumentsText = arguments.isTextual() ? arguments.asText()
                : arguments.isMissingNode() ? "{}" : arguments.toString();
        return new ScriptedToolCall(text(call, "id"), call.get("name").asText(), argumentsText);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void unknownKeys(JsonNode node, Set<String> allowed, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException(where + " has an unknown key \"" + name + "\"; known keys: "
                        + new java.util.TreeSet<>(allowed));
            }
        }
    }
}
