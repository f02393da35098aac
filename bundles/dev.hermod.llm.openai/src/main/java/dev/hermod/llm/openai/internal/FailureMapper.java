package dev.hermod.llm.openai.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hermod.api.llm.ModelException;
import dev.hermod.api.llm.ModelException.Kind;
import dev.langchain4j.exception.HttpException;

/**
 * Classifies whatever a call threw into a {@link ModelException} the core can act on: HTTP status
 * first (429, 5xx, 401/403, context length, other 4xx), then timeouts, connection failures and
 * cancellation found anywhere in the cause chain. Messages name the endpoint, never the key.
 */
final class FailureMapper {
    private static final int MAX_DETAIL = 300;
    private static final List<String> CONTEXT_MARKERS = List.of("context_length_exceeded", "maximum context length",
            "context length", "context window", "too many tokens", "prompt is too long", "reduce the length");

    private final EndpointSettings settings;
    private final ObjectMapper mapper;

    FailureMapper(EndpointSettings settings, ObjectMapper mapper) {
        this.settings = settings;
        this.mapper = mapper;
    }

    ModelException map(Throwable failure, Optional<Duration> retryAfter) {
        List<Throwable> chain = chain(failure);
        for (Throwable t : chain) if (t instanceof ModelException m) return m;
        Optional<HttpException> http = find(chain, HttpException.class);
        if (http.isPresent()) return fromStatus(http.get(), retryAfter);
        if (find(chain, CancellationException.class).isPresent()) {
            return new ModelException(Kind.CANCELLED, settings.name() + ": the call was cancelled", failure);
        }
        if (find(chain, HttpConnectTimeoutException.class).isPresent() || isConnectFailure(chain)) {
            return new ModelException(Kind.NETWORK, settings.name() + ": cannot connect to " + settings.baseUrl()
                    + " (" + describe(chain) + "); check base_url and that the server is running", failure);
        }
        if (find(chain, HttpTimeoutException.class).isPresent()
                || find(chain, dev.langchain4j.exception.TimeoutException.class).isPresent()) {
            return new ModelException(Kind.TIMEOUT, settings.name() + ": no answer within "
                    + settings.timeout().toSeconds() + " s (timeout_seconds)", failure);
        }
        if (find(chain, IOException.class).isPresent()) {
            return new ModelException(Kind.NETWORK, settings.name() + ": the connection to " + settings.baseUrl()
                    + " failed (" + describe(chain) + ")", failure);
        }
        return new ModelException(Kind.BAD_REQUEST, settings.name() + ": the call failed: " + describe(chain), failure);
    }

    private ModelException fromStatus(HttpException http, Optional<Duration> retryAfter) {
        int status = http.statusCode();
        String detail = detail(http.getMessage());
        String prefix = settings.name() + ": HTTP " + status + " from " + settings.baseUrl() + ": " + detail;
        if (status == 429) {
            return new ModelException(Kind.RATE_LIMITED, status, prefix, retryAfter.orElse(null), http);
        }
        if (status == 401 || status == 403) {
            return new ModelException(Kind.AUTHENTICATION, status, prefix + "; check the API key and api_key_env",
                    null, http);
        }
        if (status >= 500) return new ModelException(Kind.SERVER_ERROR, status, prefix, retryAfter.orElse(null), http);
        if (status == 408) return new ModelException(Kind.TIMEOUT, status, prefix, null, http);
        if (isContextOverflow(http.getMessage())) {
            return new ModelException(Kind.CONTEXT_OVERFLOW, status, prefix, null, http);
        }
        return new ModelException(Kind.BAD_REQUEST, status, prefix, null, http);
    }

    private static boolean isContextOverflow(String body) {
        String text = body == null ? "" : body.toLowerCase(Locale.ROOT);
        return CONTEXT_MARKERS.stream().anyMatch(text::contains);
    }

    /** The {@code error.message} of an OpenAI-style body, else the body, shortened and without the key. */
    private String detail(String body) {
        String text = body == null ? "" : body.strip();
        try {
            JsonNode root = mapper.readTree(text);
            JsonNode message = root == null ? null : root.path("error").path("message");
            if (message != null && message.isTextual()) text = message.asText();
            else if (root != null && root.path("error").isTextual()) text = root.path("error").asText();
        } catch (IOException notJson) {
            // keep the raw body
        }
        if (text.isEmpty()) text = "(empty body)";
        if (text.length() > MAX_DETAIL) text = text.substring(0, MAX_DETAIL) + "...";
        return settings.apiKey().redact(text);
    }

    private static boolean isConnectFailure(List<Throwable> chain) {
        return chain.stream().anyMatch(t -> t instanceof ConnectException || t instanceof UnknownHostException
                || t instanceof NoRouteToHostException || t instanceof UnresolvedAddressException);
    }

    private String describe(List<Throwable> chain) {
        Throwable root = chain.get(chain.size() - 1);
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return settings.apiKey().redact(root.getClass().getSimpleName() + message);
    }

    private static <T extends Throwable> Optional<T> find(List<Throwable> chain, Class<T> type) {
        return chain.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && chain.size() < 20 && !chain.contains(t); t = t.getCause()) chain.add(t);
        return chain;
    }
}
