package dev.hermod.skills.internal;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The string arguments of a skills tool call. */
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
    static ToolArguments parse(String json) {
        return parse(Json.MAPPER, json);
    }

    static ToolArguments parse(ObjectMapper mapper, String json) {
        if (json == null || json.isBlank()) {
            return new ToolArguments(mapper.createObjectNode());
        }
        try {
            JsonNode node = mapper.readTree(json);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("arguments must be a JSON object");
            }
            return new ToolArguments(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("arguments are not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** A non-blank string argument, stripped. */
    /** A text argument exactly as sent (not stripped): file contents and passages to replace. */
    Optional<String> text(String name) {
        JsonNode value = node.get(name);
        return value == null || !value.isValueNode() || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    Optional<String> string(String name) {
        JsonNode value = node.get(name);
        return value == null || !value.isValueNode() || value.isNull() ? Optional.empty()
                : Optional.of(value.asText().strip()).filter(s -> !s.isEmpty());
    }
}
