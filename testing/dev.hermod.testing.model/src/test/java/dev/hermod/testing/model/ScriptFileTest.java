package dev.hermod.testing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hermod.testing.model.internal.LaunchOptions;
import dev.hermod.testing.model.internal.ScriptFile;

class ScriptFileTest {
    private final ObjectMapper mapper = new ObjectMapper();

    private ScriptFile parse(String json) throws Exception {
        return ScriptFile.parse(mapper.readTree(json));
    }

    @Test
    void readsEveryKindOfEntry() throws Exception {
        ScriptFile script = parse("""
                {"model": "m1", "api_key": "sk-x", "when_empty": {"text": "idle"},
                 "replies": [
                   {"text": "hello", "usage": {"prompt_tokens": 10, "completion_tokens": 2, "cached_tokens": 4}},
                   {"tool_calls": [{"name": "terminal", "arguments": {"command": "echo hi"}},
                                   {"id": "c9", "name": "todo", "arguments": "{}"}], "text": "calling"},
                   {"error": 429, "retry_after": 1},
                   {"error": 400, "code": "context_length_exceeded", "message": "too long"},
                   {"text": "slow", "delay_ms": 500, "chunk_delay_ms": 5}
                 ]}""");
        assertEquals("m1", script.model());
        assertEquals("sk-x", script.apiKey());
        assertEquals("idle", script.whenEmpty().text());
        List<Reply> replies = script.replies();
        assertEquals(5, replies.size());
        assertEquals(10, replies.get(0).promptTokens().getAsInt());
        assertEquals(4, replies.get(0).cachedTokens());
        Reply calls = replies.get(1);
        assertEquals("calling", calls.text());
        assertEquals(new ScriptedToolCall(null, "terminal", "{\"command\":\"echo hi\"}"), calls.toolCalls().get(0));
        assertEquals("c9", calls.toolCalls().get(1).id());
        assertEquals(429, replies.get(2).status());
        assertEquals(Duration.ofSeconds(1), replies.get(2).retryAfter().orElseThrow());
        assertEquals("context_length_exceeded", replies.get(3).errorCode().orElseThrow());
        assertEquals(Duration.ofMillis(500), replies.get(4).delay());
        assertEquals(Duration.ofMillis(5), replies.get(4).chunkDelay());
    }

    @Test
    void aPlainArrayIsAListOfReplies() throws Exception {
        ScriptFile script = parse("[{\"text\": \"a\"}, {\"text\": \"b\"}]");
        assertEquals(List.of("a", "b"), script.replies().stream().map(Reply::text).toList());
        assertEquals(null, script.whenEmpty());
    }

    @Test
    void mistakesAreReportedWithTheirPlace() {
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
                () -> parse("[{\"text\": \"a\"}, {\"txt\": \"b\"}]"));
        assertTrue(typo.getMessage().contains("entry #2") && typo.getMessage().contains("\"txt\""), typo.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> parse("[{\"delay_ms\": 5}]"));
        assertTrue(empty.getMessage().contains("needs \"text\", \"tool_calls\" or \"error\""), empty.getMessage());
    }

    @Test
    void parsesTheCommandLine() {
        LaunchOptions options = LaunchOptions.parse("--script", "s.json", "--port", "8089", "--record", "r.jsonl");
        assertEquals("s.json", options.script().toString());
        assertEquals(8089, options.port());
        assertEquals("r.jsonl", options.record().toString());
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse("--port", "x"));
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse("--bogus", "1"));
    }
}
