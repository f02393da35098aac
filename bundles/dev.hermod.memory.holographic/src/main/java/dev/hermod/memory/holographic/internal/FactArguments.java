package dev.hermod.memory.holographic.internal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the model's JSON arguments; a mistake is an {@link IllegalArgumentException} that says how to fix it. */
final class FactArguments {

    private final JsonNode root;

    private FactArguments(JsonNode root) {
        this.root = root;
    }

    /** Built on first use: the first ObjectMapper loads much of Jackson, and start-up need not wait for that. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** Parses with the bundle's shared mapper. */
    static FactArguments parse(String arguments, String example) {
        return parse(Json.MAPPER, arguments, example);
    }

    static FactArguments parse(ObjectMapper json, String arguments, String example) {
        JsonNode root;
        try {
            root = json.readTree(arguments == null || arguments.isBlank() ? "{}" : arguments);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Arguments must be a JSON object, e.g. " + example + ".");
        }
        if (root == null || !root.isObject()) throw new IllegalArgumentException("Arguments must be a JSON object, e.g. " + example + ".");
        return new FactArguments(root);
    }

    /** A string argument; empty when absent. */
    String text(String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) return "";
        if (!node.isTextual()) throw new IllegalArgumentException(name + " must be a string.");
        return node.asText().strip();
    }

    /** A string argument that must be given for {@code action}. */
    String requiredText(String name, String action) {
        String value = text(name);
        if (value.isEmpty()) throw new IllegalArgumentException(name + " is required for " + action + ".");
        return value;
    }

    boolean has(String name) {
        JsonNode node = root.get(name);
        return node != null && !node.isNull();
    }

    /** A positive fact id that must be given for {@code action}. */
    long factId(String action) {
        JsonNode node = root.get("fact_id");
        if (node == null || node.isNull()) throw new IllegalArgumentException("fact_id is required for " + action + ".");
        if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < 1) {
            throw new IllegalArgumentException("fact_id must be a positive integer (the number after # in a fact line).");
        }
        return node.asLong();
    }

    /** An integer argument in min..max, {@code fallback} when absent. */
    int integer(String name, int fallback, int min, int max) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) return fallback;
        if (!node.isIntegralNumber() || node.asLong() < min || node.asLong() > max) {
            throw new IllegalArgumentException(name + " must be an integer from " + min + " to " + max + ".");
        }
        return node.asInt();
    }

    /** A boolean argument, {@code fallback} when absent; {@code required} makes absence an error. */
    boolean bool(String name, boolean fallback, boolean required) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            if (required) throw new IllegalArgumentException(name + " is required: true or false.");
            return fallback;
        }
        if (!node.isBoolean()) throw new IllegalArgumentException(name + " must be true or false.");
        return node.asBoolean();
    }

    /** A list of at least {@code min} non-blank strings. */
    List<String> strings(String name, int min, String action) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull() || !node.isArray()) {
            throw new IllegalArgumentException(name + " is required for " + action + ": an array of at least " + min
                    + " entity names.");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual() || item.asText().isBlank()) throw new IllegalArgumentException(name + " must hold non-empty strings.");
            if (out.size() < 16) out.add(item.asText().strip());
        }
        if (out.size() < min) throw new IllegalArgumentException(name + " needs at least " + min + " entity names for " + action + ".");
        return out;
    }
}
