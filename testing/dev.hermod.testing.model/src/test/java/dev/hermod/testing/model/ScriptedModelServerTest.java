package dev.hermod.testing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class ScriptedModelServerTest {
    private ScriptedModelServer server;
    private Client client;

    @BeforeEach
    void start() throws Exception {
        server = ScriptedModelServer.start();
        client = new Client(server.baseUrl());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void baseUrlIsLoopbackWithV1() {
        assertTrue(server.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+/v1"), server.baseUrl());
    }

    @Test
    void textReplyIsAChatCompletionWithUsage() throws Exception {
        server.enqueue(Reply.text("hi there"));
        HttpResponse<String> response = client.post(Client.chatBody(false, false));
        assertEquals(200, response.statusCode());
        JsonNode root = client.json(response);
        assertEquals("chat.completion", root.path("object").asText());
        assertEquals("test-model", root.path("model").asText());
        JsonNode choice = root.path("choices").get(0);
        assertEquals("assistant", choice.path("message").path("role").asText());
        assertEquals("hi there", choice.path("message").path("content").asText());
        assertEquals("stop", choice.path("finish_reason").asText());
        JsonNode usage = root.path("usage");
        assertTrue(usage.path("prompt_tokens").asInt() > 0);
        assertEquals(2, usage.path("completion_tokens").asInt()); // "hi there" = 8 chars / 4
        assertEquals(usage.path("prompt_tokens").asInt() + 2, usage.path("total_tokens").asInt());
    }

    @Test
    void toolCallsCarryNumberedIdsNamesAndArguments() throws Exception {
        server.enqueue(Reply.toolCall("terminal", "{\"command\":\"echo hi\"}"),
                Reply.toolCalls(ScriptedToolCall.of("read_file", "{\"path\":\"a\"}"),
                        new ScriptedToolCall("fixed", "write_file", "{}")));
        JsonNode first = client.json(client.post(Client.chatBody(false, false))).path("choices").get(0);
        assertEquals("tool_calls", first.path("finish_reason").asText());
        JsonNode call = first.path("message").path("tool_calls").get(0);
        assertEquals("call_1", call.path("id").asText());
        assertEquals("function", call.path("type").asText());
        assertEquals("terminal", call.path("function").path("name").asText());
        assertEquals("{\"command\":\"echo hi\"}", call.path("function").path("arguments").asText());
        assertTrue(first.path("message").path("content").isNull());

        JsonNode calls = client.json(client.post(Client.chatBody(false, false)))
                .path("choices").get(0).path("message").path("tool_calls");
        assertEquals("call_2", calls.get(0).path("id").asText());
        assertEquals("fixed", calls.get(1).path("id").asText());
        assertEquals("write_file", calls.get(1).path("function").path("name").asText());
    }

    @Test
    void streamedTextReassemblesAndEndsWithUsageAndDone() throws Exception {
        server.enqueue(Reply.text("one two  three").usage(7, 3).cachedTokens(5));
        HttpResponse<String> response = client.post(Client.chatBody(true, true));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("text/event-stream"));
        List<String> events = Client.events(response.body());
        assertEquals("[DONE]", events.get(events.size() - 1));
        StringBuilder text = new StringBuilder();
        String finish = null;
        JsonNode usage = null;
        for (String event : events.subList(0, events.size() - 1)) {
            JsonNode chunk = client.mapper.readTree(event);
            assertEquals("chat.completion.chunk", chunk.path("object").asText());
            if (chunk.path("choices").isEmpty()) {
                usage = chunk.path("usage");
                continue;
            }
            JsonNode choice = chunk.path("choices").get(0);
            text.append(choice.path("delta").path("content").asText(""));
            if (!choice.path("finish_reason").isNull()) finish = choice.path("finish_reason").asText();
        }
        assertEquals("one two  three", text.toString());
        assertTrue(events.size() > 5, "text arrives in several chunks: " + events.size());
        assertEquals("stop", finish);
        assertEquals(7, usage.path("prompt_tokens").asInt());
        assertEquals(3, usage.path("completion_tokens").asInt());
        assertEquals(5, usage.path("prompt_tokens_details").path("cached_tokens").asInt());
    }

    @Test
    void streamedToolCallArgumentsArriveInPiecesByIndex() throws Exception {
        String arguments = "{\"command\":\"ls -la /tmp\"}";
        server.enqueue(Reply.toolCalls(ScriptedToolCall.of("terminal", arguments), ScriptedToolCall.of("todo", "{}")));
        List<String> events = Client.events(client.post(Client.chatBody(true, false)).body());
        StringBuilder[] args = {new StringBuilder(), new StringBuilder()};
        String[] ids = new String[2];
        int pieces = 0;
        boolean usageSeen = false;
        for (String event : events.subList(0, events.size() - 1)) {
            JsonNode chunk = client.mapper.readTree(event);
            usageSeen |= chunk.has("usage");
            for (JsonNode call : chunk.path("choices").get(0).path("delta").path("tool_calls")) {
                int index = call.path("index").asInt();
                if (call.has("id")) ids[index] = call.path("id").asText();
                args[index].append(call.path("function").path("arguments").asText(""));
                pieces++;
            }
        }
        assertEquals(arguments, args[0].toString());
        assertEquals("{}", args[1].toString());
        assertEquals("call_1", ids[0]);
        assertEquals("call_2", ids[1]);
        assertTrue(pieces >= 4, "arguments are split across deltas");
        assertFalse(usageSeen, "no usage chunk unless stream_options.include_usage");
    }

    @Test
    void errorsHaveOpenAiBodiesAndRetryAfter() throws Exception {
        server.enqueue(Reply.error(429).retryAfter(Duration.ofMillis(1500)), Reply.error(500), Reply.error(503),
                Reply.contextLengthExceeded());
        HttpResponse<String> limited = client.post(Client.chatBody(false, false));
        assertEquals(429, limited.statusCode());
        assertEquals("2", limited.headers().firstValue("retry-after").orElseThrow());
        assertEquals("rate_limit_exceeded", client.json(limited).path("error").path("code").asText());
        HttpResponse<String> failed = client.post(Client.chatBody(true, true));
        assertEquals(500, failed.statusCode());
        assertEquals("server_error", client.json(failed).path("error").path("type").asText());
        assertEquals(503, client.post(Client.chatBody(false, false)).statusCode());
        HttpResponse<String> tooLong = client.post(Client.chatBody(false, false));
        assertEquals(400, tooLong.statusCode());
        assertEquals("context_length_exceeded", client.json(tooLong).path("error").path("code").asText());
    }

    @Test
    void requiredApiKeyAnswers401WithoutConsumingTheScript() throws Exception {
        server.requireApiKey("sk-test").enqueue(Reply.text("ok"));
        HttpResponse<String> denied = client.post(Client.chatBody(false, false), Duration.ofSeconds(5),
                "Authorization", "Bearer wrong");
        assertEquals(401, denied.statusCode());
        assertEquals("invalid_api_key", client.json(denied).path("error").path("code").asText());
        assertEquals(1, server.pendingReplies());
        HttpResponse<String> allowed = client.post(Client.chatBody(false, false), Duration.ofSeconds(5),
                "Authorization", "Bearer sk-test");
        assertEquals(200, allowed.statusCode());
    }

    @Test
    void delayedReplyWaitsBeforeAnswering() throws Exception {
        server.enqueue(Reply.text("slow").delayed(Duration.ofMillis(300)), Reply.text("too slow").delayed(Duration.ofSeconds(5)));
        long start = System.nanoTime();
        assertEquals(200, client.post(Client.chatBody(false, false)).statusCode());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 300);
        assertThrows(HttpTimeoutException.class,
                () -> client.post(Client.chatBody(false, false), Duration.ofMillis(200)));
    }

    @Test
    void requestsAreRecordedWithHelpers() throws Exception {
        server.enqueue(Reply.text("a"));
        client.post(Client.chatBody(true, true), Duration.ofSeconds(5), "X-Custom", "yes");
        RecordedRequest request = server.awaitRequests(1, Duration.ofSeconds(5)).get(0);
        assertEquals("POST", request.method());
        assertEquals("/v1/chat/completions", request.path());
        assertEquals("yes", request.header("x-custom").orElseThrow());
        assertEquals("test-model", request.model());
        assertTrue(request.stream());
        assertTrue(request.includeUsage());
        assertEquals(2, request.messageCount());
        assertEquals("say hi", request.lastUserText());
        assertEquals(List.of("terminal"), request.toolNames());
        Map<String, Object> parameters = asMap(request.tool("terminal").orElseThrow().get("parameters"));
        assertEquals("object", parameters.get("type"));
        assertEquals(1, request.messagesWithRole("system").size());
    }

    @Test
    void awaitRequestsFailsClearlyWhenTooFewArrive() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> server.awaitRequests(1, Duration.ofMillis(50)));
        assertTrue(e.getMessage().contains("only 0 of 1"), e.getMessage());
    }

    @Test
    void emptyScriptAnswersScriptExhaustedUnlessADefaultIsSet() throws Exception {
        HttpResponse<String> exhausted = client.post(Client.chatBody(false, false));
        assertEquals(500, exhausted.statusCode());
        assertTrue(client.json(exhausted).path("error").path("message").asText().startsWith("script exhausted"));
        server.whenEmpty(Reply.text("ok"));
        for (int i = 0; i < 3; i++) {
            JsonNode root = client.json(client.post(Client.chatBody(false, false)));
            assertEquals("ok", root.path("choices").get(0).path("message").path("content").asText());
        }
    }

    @Test
    void servesModelsAndRejectsUnknownPaths() throws Exception {
        JsonNode models = client.json(client.get("/models"));
        assertEquals(ScriptedModelServer.DEFAULT_MODEL, models.path("data").get(0).path("id").asText());
        HttpResponse<String> unknown = client.get("/embeddings");
        assertEquals(404, unknown.statusCode());
        assertTrue(client.json(unknown).path("error").path("message").asText().contains("/v1/embeddings"));
    }

    @Test
    void concurrentRequestsEachTakeOneReply() throws Exception {
        int count = 20;
        for (int i = 0; i < count; i++) server.enqueue(Reply.text("r" + i));
        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < count; i++) {
                futures.add(executor.submit(() -> client.json(client.post(Client.chatBody(false, false)))
                        .path("choices").get(0).path("message").path("content").asText()));
            }
            var answers = new java.util.HashSet<String>();
            for (var future : futures) answers.add(future.get());
            assertEquals(count, answers.size());
        }
        assertEquals(0, server.pendingReplies());
        assertEquals(count, server.requests().size());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
