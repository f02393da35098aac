package dev.hermod.testing.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request the {@link ScriptedModelServer} received, in arrival order.
 *
 * @param method the HTTP method
 * @param path the request path, for example {@code /v1/chat/completions}
 * @param headers the request headers, names in lower case
 * @param body the raw request body
 * @param json the body parsed as a JSON object (nested {@code Map}, {@code List}, {@code String},
 *        {@code Number}, {@code Boolean}, {@code null}); empty when the body is not a JSON object
 */
public record RecordedRequest(String method, String path, Map<String, List<String>> headers, String body,
                              Map<String, Object> json) {

    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
        json = json == null ? Map.of() : json;
    }

    /** The first value of a header (case-insensitive name). */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The {@code model} field; empty when absent. */
    public String model() {
        return json.get("model") instanceof String s ? s : "";
    }

    /** True when the request asked for a streamed answer. */
    public boolean stream() {
        return Boolean.TRUE.equals(json.get("stream"));
    }

    /** True when a streamed request asked for a final usage chunk ({@code stream_options.include_usage}). */
    public boolean includeUsage() {
        return map(json.get("stream_options")).map(o -> Boolean.TRUE.equals(o.get("include_usage"))).orElse(false);
    }

    /** The {@code messages} array; empty when absent. */
    public List<Map<String, Object>> messages() {
        return maps(json.get("messages"));
    }

    /** The number of messages. */
    public int messageCount() {
        return messages().size();
    }

    /** The messages with the given role ({@code system}, {@code user}, {@code assistant}, {@code tool}). */
    public List<Map<String, Object>> messagesWithRole(String role) {
        return messages().stream().filter(m -> role.equals(m.get("role"))).toList();
    }

    /** The text of the last user message; empty when there is none. */
    public String lastUserText() {
        List<Map<String, Object>> users = messagesWithRole("user");
        return users.isEmpty() ? "" : contentText(users.get(users.size() - 1));
    }

    /** The names of the tools offered, in order. */
    public List<String> toolNames() {
        return maps(json.get("tools")).stream()
                .map(t -> map(t.get("function")).map(f -> String.valueOf(f.get("name"))).orElse(""))
                .toList();
    }

    /** The {@code function} object of the tool offered under {@code name} (name, description, parameters). */
    public Optional<Map<String, Object>> tool(String name) {
        return maps(json.get("tools")).stream()
                .map(t -> map(t.get("function")).orElse(Map.of()))
                .filter(f -> name.equals(f.get("name")))
                .findFirst();
    }

    /** The text content of a message: a string, or the text parts of a content array joined. */
    public static String contentText(Map<String, Object> message) {
        Object content = message.get("content");
        if (content instanceof String s) return s;
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> part : maps(content)) {
            if (part.get("text") instanceof String s) text.append(s);
        }
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> map(Object value) {
        return value instanceof Map<?, ?> m ? Optional.of((Map<String, Object>) m) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        if (!(value instanceof List<?> list)) return List.of();
        return list.stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList();
    }

    @Override
    public String toString() {
        return "RecordedRequest[" + method + " " + path + ", " + body.length() + " bytes]";
    }
}
