package dev.hermod.llm.openai.internal;

import java.time.Duration;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/**
 * Builds LangChain4j's OpenAI models for one call, over that call's {@link CallExchange}. Building
 * is cheap (no connection, no thread): the JDK client underneath is the endpoint's shared one.
 * LangChain4j's retries are off because the Hermod core retries and falls back itself; request
 * logging is off because it would copy prompts into the log; bodies go out compact, not indented.
 */
final class LangChainModels {
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(15);

    private final EndpointSettings settings;

    LangChainModels(EndpointSettings settings) {
        this.settings = settings;
    }

    OpenAiChatModel blocking(CallExchange exchange) {
        return OpenAiChatModel.builder()
                .httpClientBuilder(httpClient(exchange))
                .baseUrl(settings.baseUrl())
                .apiKey(apiKey())
                .modelName(settings.model())
                .timeout(settings.timeout())
                .maxRetries(0)
                .customHeaders(settings.headers())
                .logRequests(false)
                .logResponses(false)
                .build();
    }

    OpenAiStreamingChatModel streaming(CallExchange exchange) {
        return OpenAiStreamingChatModel.builder()
                .httpClientBuilder(httpClient(exchange))
                .baseUrl(settings.baseUrl())
                .apiKey(apiKey())
                .modelName(settings.model())
                .timeout(settings.timeout())
                .customHeaders(settings.headers())
                .logRequests(false)
                .logResponses(false)
                .build();
    }

    /** The connect timeout of the endpoint's shared client: the timeout, at most 15 s. */
    static Duration connectTimeout(EndpointSettings settings) {
        return settings.timeout().compareTo(MAX_CONNECT_TIMEOUT) < 0 ? settings.timeout() : MAX_CONNECT_TIMEOUT;
    }

    private HttpClientBuilder httpClient(CallExchange exchange) {
        return new CompactBodies(JdkHttpClient.builder()
                .httpClientBuilder(new CallExchangeBuilder(exchange))
                .connectTimeout(connectTimeout(settings))
                .readTimeout(settings.timeout()));
    }

    /** The key, or {@code null} so that no Authorization header is sent to a keyless server. */
    private String apiKey() {
        return settings.apiKey().isPresent() ? settings.apiKey().reveal() : null;
    }
}
