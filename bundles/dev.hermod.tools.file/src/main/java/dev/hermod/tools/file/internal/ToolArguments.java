package dev.hermod.tools.file.internal;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The arguments object of one tool call, with typed, validated access. */
final class ToolArguments {

    private final JsonNode node;

    private ToolArguments(JsonNode node) {
        this.node = node;
    }

    /** Parses the arguments text; an empty text is an empty object. */
    /** Built on first use: the first ObjectMapper loads much of Jackson, and start-up need not wait for that. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** Parses with the bundle's shared mapper. */
    static ToolArguments parse(String json) throws ToolFailure {
        return parse(Json.MAPPER, json);
    }

    static ToolArguments parse(ObjectMapper mapper, String json) throws ToolFailure {
        if (json == null || json.isBlank()) {
            return new ToolArguments(mapper.createObjectNode());
        }
        try {
            JsonNode node = mapper.readTree(json);
            if (node == null || !node.isObject()) {
                throw new ToolFailure("arguments must be a JSON object, got: " + abbreviate(json));
            }
            return new ToolArguments(node);
        } catch (JsonProcessingException e) {
            throw new ToolFailure("arguments are not valid JSON (" + e.getOriginalMessage() + "): " + abbreviate(json));
        }
    }

    /** A required string argument; an empty string counts as present. */
    String requiredString(String name) throws ToolFailure {
        return string(name).orElseThrow(() -> new ToolFailure("missing required argument '" + name + "'"));
    }

    /** An optional string argument; numbers and booleans are given as text. */
    Optional<String> string(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() || value.isContainerNode() ? Optional.empty() : Optional.of(value.asText());
    }

    /** An integer argument, or {@code fallback} when absent; numeric strings are accepted. */
    int integer(String name, int fallback) throws ToolFailure {
        Optional<String> text = string(name).map(String::strip).filter(s -> !s.isEmpty());
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return (int) Double.parseDouble(text.get());
        } catch (NumberFormatException e) {
            throw new ToolFailure("argument '" + name + "' must be a whole number, got '" + text.get() + "'");
        }
    }

    /** A boolean argument, or {@code fallback} when absent; "true"/"false" strings are accepted. */
    boolean flag(String name, boolean fallback) {
        return string(name).map(s -> s.strip().equalsIgnoreCase("true")).orElse(fallback);
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
