package dev.hermod.llm.openai.internal;

import static dev.hermod.llm.openai.internal.Fixtures.await;
import static dev.hermod.llm.openai.internal.Fixtures.endpoint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.ChatRequest;
import dev.hermod.api.llm.ChatResponse;
import dev.hermod.api.llm.ToolCall;
import dev.hermod.api.tool.ToolSpec;
import dev.hermod.testing.model.RecordedRequest;
import dev.hermod.testing.model.Reply;
import dev.hermod.testing.model.ScriptedModelServer;

class OpenAiEndpointTest {
    static final String TERMINAL_SCHEMA = """
            {"type": "object",
             "properties": {
               "command": {"type": "string", "description": "the shell command"},
               "timeout": {"type": "integer"},
               "mode": {"type": "string", "enum": ["foreground", "background"]},
               "env": {"type": "array", "items": {"type": "object",
                        "properties": {"name": {"type": "string"}, "value": {"type": ["string", "null"]}},
                        "required": ["name"]}}
             },
             "required": ["command"]}""";
    static final ToolSpec TERMINAL = new ToolSpec("terminal", "Runs a shell command", TERMINAL_SCHEMA, "terminal",
            false, ToolSpec.Approval.POLICY);

    private ScriptedModelServer server;
    private OpenAiEndpoint model;

    @BeforeEach
    void start() throws Exception {
        server = ScriptedModelServer.start().requireApiKey(Fixtures.KEY);
        model = endpoint(server.baseUrl(), 10);
    }

    @AfterEach
    void stop() {
        model.close();
        server.close();
    }

    private static ChatRequest ask(String text, List<ToolSpec> tools) {
        return new ChatRequest(List.of(new ChatMessage.System("You are terse."), new ChatMessage.User(text)), tools);
    }

    @Test
    void describesItself() {
        assertEquals("test", model.name());
        assertEquals(new dev.hermod.api.llm.ModelInfo("openai-compatible", "test-model", 32_000, server.baseUrl()),
                model.info());
    }

    @Test
    void textAnswerCarriesUsageAndSendsKeyModelAndHeaders() throws Exception {
        server.enqueue(Reply.text("Hello!").usage(12, 3).cachedTokens(4));
        ChatResponse response = await(model.chat(ask("hi", List.of()), null));
        assertEquals("Hello!", response.message().text());
        assertFalse(response.message().hasToolCalls());
        assertEquals(new dev.hermod.api.llm.Usage(12, 3, 4), response.usage());
        assertEquals("stop", response.finishReason());
        assertEquals("test-model", response.model());
        RecordedRequest request = server.requests().get(0);
        assertEquals("Bearer " + Fixtures.KEY, request.header("authorization").orElseThrow());
        assertEquals("Hermod tests", request.header("x-title").orElseThrow());
        assertEquals("test-model", request.model());
        assertFalse(request.stream());
        assertEquals(2, request.messageCount());
        assertEquals("You are terse.", RecordedRequest.contentText(request.messagesWithRole("system").get(0)));
        assertEquals("hi", request.lastUserText());
        assertTrue(request.body().startsWith("{\"model\":\"test-model\",\"messages\":[{"), "sent compact: " + request.body());
    }

    @Test
    void toolCallsRoundTripWithSchemaAndIds() throws Exception {
        server.enqueue(Reply.toolCall("terminal", "{\"command\":\"echo hi\"}"), Reply.text("It printed hi."));
        ChatResponse first = await(model.chat(ask("run echo hi", List.of(TERMINAL)), null));
        assertEquals("tool_calls", first.finishReason());
        assertEquals(List.of(new ToolCall("call_1", "terminal", "{\"command\":\"echo hi\"}")),
                first.message().toolCalls());

        List<ChatMessage> conversation = List.of(new ChatMessage.System("You are terse."),
                new ChatMessage.User("run echo hi"), first.message(),
                new ChatMessage.ToolResult("call_1", "terminal", "hi\n"));
        ChatResponse second = await(model.chat(new ChatRequest(conversation, List.of(TERMINAL)), null));
        assertEquals("It printed hi.", second.message().text());

        RecordedRequest offered = server.requests().get(0);
        assertEquals(List.of("terminal"), offered.toolNames());
        Map<String, Object> function = offered.tool("terminal").orElseThrow();
        assertEquals("Runs a shell command", function.get("description"));
        Map<String, Object> parameters = map(function.get("parameters"));
        assertEquals("object", parameters.get("type"));
        assertEquals(List.of("command"), parameters.get("required"));
        Map<String, Object> properties = map(parameters.get("properties"));
        assertEquals("the shell command", map(properties.get("command")).get("description"));
        assertEquals("integer", map(properties.get("timeout")).get("type"));
        assertEquals(List.of("foreground", "background"), map(properties.get("mode")).get("enum"));
        Map<String, Object> item = map(map(properties.get("env")).get("items"));
        assertEquals(List.of("name"), item.get("required"));
        assertEquals("string", map(map(item.get("properties")).get("value")).get("type"));

        RecordedRequest answered = server.requests().get(1);
        Map<String, Object> assistant = answered.messagesWithRole("assistant").get(0);
        Map<String, Object> call = map(((List<?>) assistant.get("tool_calls")).get(0));
        assertEquals("call_1", call.get("id"));
        assertEquals("terminal", map(call.get("function")).get("name"));
        assertEquals("{\"command\":\"echo hi\"}", map(call.get("function")).get("arguments"));
        Map<String, Object> result = answered.messagesWithRole("tool").get(0);
        assertEquals("call_1", result.get("tool_call_id"));
        assertEquals("hi\n", RecordedRequest.contentText(result));
    }

    @Test
    void streamingDeltasReachTheListenerInOrder() throws Exception {
        server.enqueue(Reply.text("Streaming works, one word at a time.").usage(20, 9).cachedTokens(8));
        StringBuilder streamed = new StringBuilder();
        List<String> deltas = new java.util.concurrent.CopyOnWriteArrayList<>();
        ChatResponse response = await(model.chat(ask("stream please", List.of()), delta -> {
            deltas.add(delta);
            streamed.append(delta);
        }));
        assertTrue(deltas.size() > 3, "several deltas: " + deltas);
        assertEquals("Streaming works, one word at a time.", streamed.toString());
        assertEquals(streamed.toString(), response.message().text());
        assertEquals(new dev.hermod.api.llm.Usage(20, 9, 8), response.usage());
        assertEquals("stop", response.finishReason());
        RecordedRequest request = server.requests().get(0);
        assertTrue(request.stream());
        assertTrue(request.includeUsage(), "streaming asks for the usage chunk");
    }

    @Test
    void streamedToolCallsAreAssembled() throws Exception {
        server.enqueue(Reply.toolCalls(dev.hermod.testing.model.ScriptedToolCall.of("terminal", "{\"command\":\"ls -la\"}"),
                dev.hermod.testing.model.ScriptedToolCall.of("read_file", "{\"path\":\"/tmp/x\"}")));
        List<String> deltas = new java.util.concurrent.CopyOnWriteArrayList<>();
        ChatResponse response = await(model.chat(ask("look around", List.of(TERMINAL)), deltas::add));
        assertEquals(List.of(new ToolCall("call_1", "terminal", "{\"command\":\"ls -la\"}"),
                new ToolCall("call_2", "read_file", "{\"path\":\"/tmp/x\"}")), response.message().toolCalls());
        assertEquals("tool_calls", response.finishReason());
        assertTrue(deltas.isEmpty(), "no text to stream: " + deltas);
    }

    @Test
    void requestOptionsAndEndpointDefaultsReachTheWire() throws Exception {
        server.enqueue(Reply.text("a"), Reply.text("b"));
        await(model.chat(new ChatRequest(List.of(new ChatMessage.User("x")), List.of(), 256, 0.2), null));
        Map<String, Object> body = server.requests().get(0).json();
        assertEquals(256, body.get("max_tokens"));
        assertEquals(0.2, body.get("temperature"));
        await(model.chat(new ChatRequest(List.of(new ChatMessage.User("x")), List.of()), null));
        Map<String, Object> defaults = server.requests().get(1).json();
        assertFalse(defaults.containsKey("max_tokens"), "no cap unless configured: " + defaults);
        assertFalse(defaults.containsKey("temperature"));
    }

    @Test
    void aKeylessEndpointSendsNoAuthorization() throws Exception {
        server.requireApiKey(null).enqueue(Reply.text("local"));
        EndpointConfig keyless = new EndpointConfig("ollama", server.baseUrl(), "llama3", "", 8192, 10, 0, -1,
                List.of(), false, "etc/hermod.llm.openai-ollama.cfg");
        try (OpenAiEndpoint local = new OpenAiEndpoint(EndpointSettings.resolve(keyless, name -> null))) {
            assertEquals("local", await(local.chat(ask("hi", List.of()), null)).message().text());
        }
        assertTrue(server.requests().get(0).header("authorization").isEmpty());
    }

    @Test
    void toStringNeverShowsTheKey() {
        assertFalse(model.toString().contains(Fixtures.KEY), model.toString());
        assertFalse(EndpointSettings.resolve(Fixtures.config(server.baseUrl(), 5), Fixtures.ENV).toString()
                .contains(Fixtures.KEY));
        assertTrue(model.toString().contains("test-model"));
    }

    @Test
    void manyConcurrentCallsEachGetTheirAnswer() throws Exception {
        server.whenEmpty(Reply.text("ok").delayed(Duration.ofMillis(50)));
        var calls = new java.util.ArrayList<java.util.concurrent.CompletableFuture<ChatResponse>>();
        for (int i = 0; i < 30; i++) {
            calls.add(model.chat(ask("n" + i, List.of()), i % 2 == 0 ? null : d -> { }).toCompletableFuture());
        }
        for (var call : calls) assertEquals("ok", await(call).message().text());
        assertEquals(30, server.requests().size());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
