package dev.hermod.llm.openai.internal;

import java.net.http.HttpClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hermod.api.llm.ChatModel;
import dev.hermod.api.llm.ChatRequest;
import dev.hermod.api.llm.ChatResponse;
import dev.hermod.api.llm.ModelException;
import dev.hermod.api.llm.ModelInfo;
import dev.hermod.api.llm.StreamListener;

/**
 * One OpenAI-compatible endpoint as a {@link ChatModel}, over LangChain4j. Thread-safe.
 *
 * <p>{@link #chat} never blocks its caller: it returns a stage that completes on one of the
 * endpoint's virtual threads (non-streaming) or on the HTTP client's thread (streaming). It is
 * already complete, exceptionally, when the request cannot be mapped (a tool schema that cannot be
 * converted). Cancelling the returned future stops the wait at once and aborts the HTTP exchange.
 */
final class OpenAiEndpoint implements ChatModel, AutoCloseable {
    static final String PROVIDER = "openai-compatible";

    private final EndpointSettings settings;
    private final ModelInfo info;
    private final ExecutorService executor;
    private final HttpClient http;
    private final LangChainModels models;
    private final RequestMapper requests;
    private final ResponseMapper responses = new ResponseMapper();
    private final FailureMapper failures;

    OpenAiEndpoint(EndpointSettings settings) {
        this.settings = settings;
        this.info = new ModelInfo(PROVIDER, settings.model(), settings.contextWindow(), settings.baseUrl());
        this.executor = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("hermod-llm-" + settings.name() + "-", 0).factory());
        this.http = HttpClient.newBuilder().executor(executor).connectTimeout(LangChainModels.connectTimeout(settings))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        ObjectMapper mapper = new ObjectMapper();
        this.models = new LangChainModels(settings);
        this.requests = new RequestMapper(settings, new JsonSchemaConverter(mapper));
        this.failures = new FailureMapper(settings, mapper);
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public CompletionStage<ChatResponse> chat(ChatRequest request, StreamListener listener) {
        CompletableFuture<ChatResponse> result = new CompletableFuture<>();
        CallExchange exchange = new CallExchange(http);
        try {
            var langChainRequest = requests.toLangChain(request);
            if (listener == null) {
                Future<?> task = executor.submit(() -> complete(result, exchange, langChainRequest));
                result.whenComplete((r, t) -> { if (result.isCancelled()) task.cancel(true); });
            } else {
                models.streaming(exchange).chat(langChainRequest,
                        new StreamingCall(result, listener, responses, failures, exchange));
            }
        } catch (ModelException e) {
            result.completeExceptionally(e);
        } catch (RuntimeException e) {
            result.completeExceptionally(failures.map(e, exchange.retryAfter()));
        }
        result.whenComplete((r, t) -> { if (result.isCancelled()) exchange.abort(); });
        return result;
    }

    private void complete(CompletableFuture<ChatResponse> result, CallExchange exchange,
                          dev.langchain4j.model.chat.request.ChatRequest request) {
        try {
            result.complete(responses.toHermod(models.blocking(exchange).chat(request)));
        } catch (Throwable t) {
            if (!result.isDone()) result.completeExceptionally(failures.map(t, exchange.retryAfter()));
            if (t instanceof VirtualMachineError fatal) throw fatal;
        }
    }

    /** Stops the endpoint's threads and connections; calls in flight fail. */
    @Override
    public void close() {
        http.shutdownNow();
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "OpenAiEndpoint[name=" + settings.name() + ", model=" + settings.model() + ", baseUrl="
                + settings.baseUrl() + ", apiKey=" + settings.apiKey() + "]";
    }
}
