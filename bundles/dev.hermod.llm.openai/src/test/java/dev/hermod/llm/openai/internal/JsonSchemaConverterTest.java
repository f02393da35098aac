package dev.hermod.llm.openai.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

class JsonSchemaConverterTest {
    private final JsonSchemaConverter converter = new JsonSchemaConverter(new ObjectMapper());

    @Test
    void convertsTheCommonSubsetAtAnyDepth() {
        JsonObjectSchema root = converter.toObjectSchema("""
                {"type": "object", "description": "args",
                 "properties": {
                   "path": {"type": "string", "description": "where"},
                   "count": {"type": "integer"}, "ratio": {"type": "number"}, "force": {"type": "boolean"},
                   "kind": {"enum": ["a", "b"], "description": "which"},
                   "level": {"type": "integer", "enum": [1, 2, 3]},
                   "tags": {"type": "array", "items": {"type": "string"}},
                   "edits": {"type": "array", "items": {"type": "object",
                     "properties": {"old": {"type": "string"}, "new": {"type": "string"}},
                     "required": ["old", "new"], "additionalProperties": false}},
                   "target": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
                   "maybe": {"type": ["string", "null"]}
                 },
                 "required": ["path"]}""");
        assertEquals("args", root.description());
        assertEquals(List.of("path"), root.required());
        var p = root.properties();
        assertEquals("where", assertInstanceOf(JsonStringSchema.class, p.get("path")).description());
        assertInstanceOf(JsonIntegerSchema.class, p.get("count"));
        assertInstanceOf(JsonNumberSchema.class, p.get("ratio"));
        assertInstanceOf(JsonBooleanSchema.class, p.get("force"));
        assertEquals(List.of("a", "b"), assertInstanceOf(JsonEnumSchema.class, p.get("kind")).enumValues());
        assertEquals("one of [1,2,3]", assertInstanceOf(JsonIntegerSchema.class, p.get("level")).description());
        assertInstanceOf(JsonStringSchema.class, assertInstanceOf(JsonArraySchema.class, p.get("tags")).items());
        JsonObjectSchema edit = assertInstanceOf(JsonObjectSchema.class,
                assertInstanceOf(JsonArraySchema.class, p.get("edits")).items());
        assertEquals(List.of("old", "new"), edit.required());
        assertEquals(Boolean.FALSE, edit.additionalProperties());
        assertEquals(2, assertInstanceOf(JsonAnyOfSchema.class, p.get("target")).anyOf().size());
        assertInstanceOf(JsonStringSchema.class, p.get("maybe"));
    }

    @Test
    void anEmptyObjectSchemaIsFine() {
        assertTrue(converter.toObjectSchema("{\"type\":\"object\",\"properties\":{}}").properties().isEmpty());
    }

    @Test
    void refusesWhatItCannotConvert() {
        assertMessage("not json", "not valid JSON");
        assertMessage("[1]", "not a JSON object");
        assertMessage("{\"type\":\"string\"}", "must have type object");
        assertMessage("{\"type\":\"object\",\"properties\":{\"x\":{\"$ref\":\"#/$defs/X\"}}}", "$ref");
        assertMessage("{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"date\"}}}", "unknown JSON Schema type 'date'");
    }

    private void assertMessage(String schema, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> converter.toObjectSchema(schema));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
