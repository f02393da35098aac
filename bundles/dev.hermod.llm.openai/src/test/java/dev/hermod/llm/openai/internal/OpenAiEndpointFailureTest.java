package dev.hermod.llm.openai.internal;

import static dev.hermod.llm.openai.internal.Fixtures.endpoint;
import static dev.hermod.llm.openai.internal.Fixtures.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.ChatRequest;
import dev.hermod.api.llm.ChatResponse;
import dev.hermod.api.llm.ModelException;
import dev.hermod.api.llm.ModelException.Kind;
import dev.hermod.api.llm.StreamListener;
import dev.hermod.api.tool.ToolSpec;
import dev.hermod.testing.model.Reply;
import dev.hermod.testing.model.ScriptedModelServer;

class OpenAiEndpointFailureTest {
    private static final ChatRequest HI = new ChatRequest(List.of(new ChatMessage.User("hi")), List.of());

    private ScriptedModelServer server;
    private OpenAiEndpoint model;

    @BeforeEach
    void start() throws Exception {
        server = ScriptedModelServer.start();
        model = endpoint(server.baseUrl(), 1);
    }

    @AfterEach
    void stop() {
        model.close();
        server.close();
    }

    /** Every failure is checked both ways: a plain call and a streamed one. */
    private ModelException fail(boolean streaming) {
        StreamListener listener = streaming ? delta -> { } : null;
        return failure(model.chat(HI, listener));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void rateLimitCarriesRetryAfterAndIsNotRetriedByLangChain4j(boolean streaming) {
        server.enqueue(Reply.error(429).retryAfter(Duration.ofSeconds(2)), Reply.text("too late"));
        ModelException e = fail(streaming);
        assertEquals(Kind.RATE_LIMITED, e.kind());
        assertEquals(429, e.httpStatus());
        assertEquals(Optional.of(Duration.ofSeconds(2)), e.retryAfter());
        assertTrue(e.getMessage().startsWith("test: HTTP 429"), e.getMessage());
        assertEquals(1, server.requests().size(), "no retry inside the provider");
        assertEquals(1, server.pendingReplies());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void serverErrorsAreRetryableServerErrors(boolean streaming) {
        server.enqueue(Reply.error(500), Reply.error(503, "overloaded right now", null));
        ModelException first = fail(streaming);
        assertEquals(Kind.SERVER_ERROR, first.kind());
        assertEquals(500, first.httpStatus());
        ModelException second = fail(streaming);
        assertEquals(Kind.SERVER_ERROR, second.kind());
        assertTrue(second.getMessage().contains("overloaded right now"), second.getMessage());
        assertTrue(second.kind().retryable());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aRejectedKeyIsAnAuthenticationFailure(boolean streaming) {
        server.requireApiKey("sk-something-else");
        ModelException e = fail(streaming);
        assertEquals(Kind.AUTHENTICATION, e.kind());
        assertEquals(401, e.httpStatus());
        assertFalse(e.getMessage().contains(Fixtures.KEY));
        assertTrue(e.getMessage().contains("api_key_env"), e.getMessage());
    }

    @Test
    void theKeyIsRedactedEvenWhenTheServerEchoesIt() {
        server.enqueue(Reply.error(403, "key " + Fixtures.KEY + " may not use this model", null));
        ModelException e = fail(false);
        assertEquals(Kind.AUTHENTICATION, e.kind());
        assertFalse(e.getMessage().contains(Fixtures.KEY), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void contextLengthErrorsAreContextOverflow(boolean streaming) {
        server.enqueue(Reply.contextLengthExceeded());
        assertEquals(Kind.CONTEXT_OVERFLOW, fail(streaming).kind());
    }

    @Test
    void otherClientErrorsAreBadRequests() {
        server.enqueue(Reply.error(404, "The model 'nope' does not exist", "model_not_found"));
        ModelException e = fail(false);
        assertEquals(Kind.BAD_REQUEST, e.kind());
        assertEquals(404, e.httpStatus());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aSlowAnswerTimesOut(boolean streaming) {
        server.enqueue(Reply.text("late").delayed(Duration.ofSeconds(4)));
        long start = System.nanoTime();
        ModelException e = fail(streaming);
        assertEquals(Kind.TIMEOUT, e.kind(), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 3500, "timeout_seconds = 1 was honoured");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anUnreachableEndpointIsANetworkFailure(boolean streaming) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (OpenAiEndpoint unreachable = endpoint("http://127.0.0.1:" + closedPort + "/v1", 5)) {
            ModelException e = failure(unreachable.chat(HI, streaming ? d -> { } : null));
            assertEquals(Kind.NETWORK, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("cannot connect"), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void cancellingStopsWaitingAtOnce(boolean streaming) throws Exception {
        server.enqueue(Reply.text("never seen").delayed(Duration.ofSeconds(30)), Reply.text("after"));
        try (OpenAiEndpoint patient = endpoint(server.baseUrl(), 60)) {
            CompletableFuture<ChatResponse> call = patient.chat(HI, streaming ? d -> { } : null).toCompletableFuture();
            server.awaitRequests(1, Duration.ofSeconds(5));
            long start = System.nanoTime();
            assertTrue(call.cancel(true));
            assertThrows(CancellationException.class, call::join);
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1000);
            ChatResponse next = Fixtures.await(patient.chat(HI, null));
            assertEquals("after", next.message().text());
        }
    }

    @Test
    void cancellingAStreamMidwayStopsTheListener() throws Exception {
        server.enqueue(Reply.text("one two three four five six seven eight nine ten").chunkDelay(Duration.ofMillis(200)));
        List<String> deltas = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch firstDelta = new java.util.concurrent.CountDownLatch(1);
        try (OpenAiEndpoint patient = endpoint(server.baseUrl(), 60)) {
            CompletableFuture<ChatResponse> call = patient.chat(HI, delta -> {
                deltas.add(delta);
                firstDelta.countDown();
            }).toCompletableFuture();
            assertTrue(firstDelta.await(5, java.util.concurrent.TimeUnit.SECONDS));
            call.cancel(true);
            int seen = deltas.size();
            assertTrue(seen >= 1 && seen < 10, "cancelled mid-stream after " + seen);
            assertThrows(CancellationException.class, call::join);
        }
    }

    @Test
    void anUnconvertibleToolSchemaFailsBeforeAnyRequest() {
        ToolSpec broken = new ToolSpec("broken", "uses $ref", "{\"type\":\"object\",\"properties\":{\"x\":{\"$ref\":\"#/$defs/X\"}}}",
                "test", true, ToolSpec.Approval.NEVER);
        ModelException e = failure(model.chat(new ChatRequest(HI.messages(), List.of(broken)), null));
        assertEquals(Kind.BAD_REQUEST, e.kind());
        assertTrue(e.getMessage().contains("tool broken") && e.getMessage().contains("$ref"), e.getMessage());
        assertTrue(server.requests().isEmpty());
    }
}
