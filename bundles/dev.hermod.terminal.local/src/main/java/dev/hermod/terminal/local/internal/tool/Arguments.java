package dev.hermod.terminal.local.internal.tool;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON arguments of a tool call, read leniently (numbers and booleans may arrive as strings). */
final class Arguments {

    /** Built on first use: the first ObjectMapper loads much of Jackson, and start-up need not wait for that. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final JsonNode node;

    private Arguments(JsonNode node) { this.node = node; }

    /** @throws IllegalArgumentException when the text is not a JSON object */
    static Arguments parse(String json) {
        try {
            JsonNode node = Json.MAPPER.readTree(json == null || json.isBlank() ? "{}" : json);
            if (node == null || !node.isObject()) throw new IllegalArgumentException("the arguments must be a JSON object");
            return new Arguments(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the arguments are not valid JSON: " + e.getOriginalMessage());
        }
    }

    Optional<String> text(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) return Optional.empty();
        if (!value.isValueNode()) throw new IllegalArgumentException("'" + name + "' must be a string");
        return Optional.of(value.asText());
    }

    String requiredText(String name) {
        return text(name).filter(t -> !t.isBlank())
                .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is required"));
    }

    Optional<Integer> integer(String name) {
        Optional<String> text = text(name).map(String::trim).filter(t -> !t.isEmpty());
        if (text.isEmpty()) return Optional.empty();
        try {
            return Optional.of((int) Math.round(Double.parseDouble(text.get())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' must be a number, not " + text.get());
        }
    }

    boolean bool(String name, boolean fallback) {
        Optional<String> text = text(name).map(String::trim);
        if (text.isEmpty()) return fallback;
        return switch (text.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no", "" -> false;
            default -> throw new IllegalArgumentException("'" + name + "' must be true or false");
        };
    }
}
