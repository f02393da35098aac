package dev.hermod.testing.model.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import dev.hermod.testing.model.RecordedRequest;
import dev.hermod.testing.model.Reply;
import dev.hermod.testing.model.ScriptedToolCall;

/**
 * Serves {@code POST /v1/chat/completions} (also without {@code /v1}) from the script and
 * {@code GET /v1/models}; records every request first, whatever it is.
 */
public final class ChatCompletionsHandler implements HttpHandler {
    private final Script script;
    private final RequestLog log;
    private final ObjectMapper mapper;
    private final CompletionJson json;
    private final String modelId;
    private final Supplier<String> requiredApiKey;
    private final AtomicLong completions = new AtomicLong();
    private final AtomicLong toolCalls = new AtomicLong();

    /**
     * @param requiredApiKey the bearer token every chat request must carry, or a supplier of
     *        {@code null} to accept any
     */
    public ChatCompletionsHandler(Script script, RequestLog log, ObjectMapper mapper, String modelId,
                                  Supplier<String> requiredApiKey) {
        this.script = script;
        this.log = log;
        this.mapper = mapper;
        this.json = new CompletionJson(mapper);
        this.modelId = modelId;
        this.requiredApiKey = requiredApiKey;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try (exchange) {
            RecordedRequest request = read(exchange);
            log.add(request);
            String path = request.path();
            if (request.method().equals("GET") && (path.equals("/v1/models") || path.equals("/models"))) {
                sendJson(exchange, 200, json.models(modelId));
            } else if (request.method().equals("POST")
                    && (path.equals("/v1/chat/completions") || path.equals("/chat/completions"))) {
                chat(exchange, request);
            } else {
                sendJson(exchange, 404, json.error(404, "no such endpoint: " + request.method() + " " + path
                        + "; the scripted model serves POST /v1/chat/completions and GET /v1/models", null));
            }
        } catch (IOException e) {
            // the client went away (timeout, cancellation): nothing left to answer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is closing
        }
    }

    private void chat(HttpExchange exchange, RecordedRequest request) throws IOException, InterruptedException {
        String key = requiredApiKey.get();
        if (key != null && !request.header("authorization").orElse("").equals("Bearer " + key)) {
            sendJson(exchange, 401, json.error(401, "Incorrect API key provided (scripted model server)",
                    "invalid_api_key"));
            return;
        }
        if (request.json().isEmpty()) {
            sendJson(exchange, 400, json.error(400, "the request body is not a JSON object", null));
            return;
        }
        Optional<Reply> next = script.next();
        if (next.isEmpty()) {
            sendJson(exchange, 500, json.error(500, "script exhausted: the scripted model server has no reply"
                    + " left for request #" + log.snapshot().size() + "; enqueue more replies or set whenEmpty(...)",
                    "script_exhausted"));
            return;
        }
        play(exchange, request, next.get());
    }

    private void play(HttpExchange exchange, RecordedRequest request, Reply reply)
            throws IOException, InterruptedException {
        if (reply.delay().isPositive()) Thread.sleep(reply.delay());
        if (reply.isError()) {
            reply.retryAfter().ifPresent(after -> exchange.getResponseHeaders().set("Retry-After",
                    Long.toString((after.toMillis() + 999) / 1000)));
            sendJson(exchange, reply.status(), json.error(reply.status(),
                    reply.errorMessage().orElse(defaultMessage(reply.status())),
                    reply.errorCode().orElse(defaultCode(reply.status()))));
            return;
        }
        List<ScriptedToolCall> calls = withIds(reply.toolCalls());
        Tokens tokens = Tokens.of(reply, calls, request.body());
        String id = "chatcmpl-" + completions.incrementAndGet();
        String model = request.model().isEmpty() ? modelId : request.model();
        if (request.stream()) {
            new EventStream(json, id, model).play(exchange, reply, calls, tokens, request.includeUsage());
        } else {
            sendJson(exchange, 200, json.completion(id, model, reply, calls, tokens));
        }
    }

    private List<ScriptedToolCall> withIds(List<ScriptedToolCall> calls) {
        List<ScriptedToolCall> numbered = new ArrayList<>(calls.size());
        for (ScriptedToolCall call : calls) {
            String id = call.id() != null ? call.id() : "call_" + toolCalls.incrementAndGet();
            numbered.add(new ScriptedToolCall(id, call.name(), call.arguments()));
        }
        return numbered;
    }

    private RecordedRequest read(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        return new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body,
                parse(body));
    }

    private Map<String, Object> parse(String body) {
        try {
            Map<String, Object> parsed = mapper.readValue(body, new TypeReference<LinkedHashMap<String, Object>>() { });
            return parsed == null ? Map.of() : parsed;
        } catch (IOException e) {
            return Map.of();
        }
    }

    private void sendJson(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 401 -> "Incorrect API key provided (scripted model server)";
            case 403 -> "This key may not use this model (scripted model server)";
            case 429 -> "Rate limit reached for requests (scripted model server)";
            case 500 -> "The server had an error while processing your request (scripted model server)";
            case 503 -> "The model is overloaded, please retry later (scripted model server)";
            default -> "HTTP " + status + " (scripted model server)";
        };
    }

    private static String defaultCode(int status) {
        return switch (status) {
            case 401 -> "invalid_api_key";
            case 429 -> "rate_limit_exceeded";
            default -> null;
        };
    }
}
