package dev.hermod.llm.openai.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

/**
 * Converts a tool's JSON Schema text into LangChain4j's schema objects. Supported: {@code type}
 * object, string, integer, number, boolean, array, null (or a type array such as
 * {@code ["string","null"]}); {@code properties}, {@code required}, {@code additionalProperties}
 * (boolean), {@code items}, {@code enum}, {@code anyOf}/{@code oneOf}, {@code description}, at any
 * depth. Other keywords (format, minimum, default ...) are dropped; {@code $ref} is refused.
 */
final class JsonSchemaConverter {
    private static final int MAX_DEPTH = 32;
    private final ObjectMapper mapper;

    JsonSchemaConverter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @throws IllegalArgumentException when the text is not a convertible object schema */
    JsonObjectSchema toObjectSchema(String schemaJson) {
        JsonNode root;
        try {
            root = mapper.readTree(schemaJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the parameters schema is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw new IllegalArgumentException("the parameters schema is not a JSON object");
        if (element(root, 0) instanceof JsonObjectSchema object) return object;
        throw new IllegalArgumentException("the parameters schema must have type object");
    }

    private JsonSchemaElement element(JsonNode node, int depth) {
        if (depth > MAX_DEPTH) throw new IllegalArgumentException("the schema nests deeper than " + MAX_DEPTH + " levels");
        if (!node.isObject()) throw new IllegalArgumentException("a schema must be a JSON object, not " + node);
        if (node.has("$ref")) throw new IllegalArgumentException("$ref is not supported; inline the definition");
        String description = text(node, "description");
        JsonNode alternatives = node.has("anyOf") ? node.get("anyOf") : node.get("oneOf");
        if (alternatives != null) return anyOf(alternatives, description, depth);
        JsonNode values = node.get("enum");
        if (values != null && values.isArray() && allText(values)) {
            List<String> names = new ArrayList<>();
            values.forEach(v -> names.add(v.asText()));
            return JsonEnumSchema.builder().enumValues(names).description(description).build();
        }
        if (values != null) description = withAllowedValues(description, values);
        return switch (type(node)) {
            case "object" -> object(node, description, depth);
            case "array" -> JsonArraySchema.builder().description(description)
                    .items(node.has("items") ? element(node.get("items"), depth + 1) : anything(null)).build();
            case "string" -> JsonStringSchema.builder().description(description).build();
            case "integer" -> JsonIntegerSchema.builder().description(description).build();
            case "number" -> JsonNumberSchema.builder().description(description).build();
            case "boolean" -> JsonBooleanSchema.builder().description(description).build();
            case "null" -> new JsonNullSchema();
            case "" -> anything(description);
            default -> throw new IllegalArgumentException("unknown JSON Schema type '" + type(node) + "'");
        };
    }

    private JsonObjectSchema object(JsonNode node, String description, int depth) {
        JsonObjectSchema.Builder object = JsonObjectSchema.builder().description(description);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            object.addProperty(property.getKey(), element(property.getValue(), depth + 1));
        }
        List<String> required = new ArrayList<>();
        node.path("required").forEach(name -> required.add(name.asText()));
        if (!required.isEmpty()) object.required(required);
        JsonNode additional = node.get("additionalProperties");
        if (additional != null && additional.isBoolean()) object.additionalProperties(additional.asBoolean());
        return object.build();
    }

    private JsonAnyOfSchema anyOf(JsonNode alternatives, String description, int depth) {
        List<JsonSchemaElement> elements = new ArrayList<>();
        for (JsonNode alternative : alternatives) elements.add(element(alternative, depth + 1));
        return JsonAnyOfSchema.builder().description(description).anyOf(elements).build();
    }

    /** A schema without a type: any JSON value. */
    private static JsonAnyOfSchema anything(String description) {
        return JsonAnyOfSchema.builder().description(description).anyOf(List.of(
                JsonStringSchema.builder().build(), JsonNumberSchema.builder().build(),
                JsonBooleanSchema.builder().build(), JsonObjectSchema.builder().build(),
                JsonArraySchema.builder().items(JsonStringSchema.builder().build()).build())).build();
    }

    /** The type keyword; the first non-null entry of a type array; inferred from the keywords when absent. */
    private static String type(JsonNode node) {
        JsonNode type = node.get("type");
        if (type != null && type.isTextual()) return type.asText();
        if (type != null && type.isArray()) {
            for (JsonNode entry : type) if (!"null".equals(entry.asText())) return entry.asText();
            return "null";
        }
        if (node.has("properties")) return "object";
        if (node.has("items")) return "array";
        return "";
    }

    private static boolean allText(JsonNode values) {
        for (JsonNode value : values) if (!value.isTextual()) return false;
        return !values.isEmpty();
    }

    private static String withAllowedValues(String description, JsonNode values) {
        String allowed = "one of " + values;
        return description == null ? allowed : description + " (" + allowed + ")";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
