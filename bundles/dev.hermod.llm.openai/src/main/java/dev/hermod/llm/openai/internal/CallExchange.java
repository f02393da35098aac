package dev.hermod.llm.openai.internal;

import java.io.Closeable;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The JDK HTTP client as one model call sees it: the endpoint's shared client, plus what
 * LangChain4j's client does not keep. It remembers the headers of an error response (for
 * {@code Retry-After}) and can abort the call: in-flight exchanges are cancelled and a streamed
 * body is closed, so a cancelled call stops waiting at once.
 */
final class CallExchange extends HttpClient {
    private final HttpClient shared;
    private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
    private final Set<Closeable> bodies = ConcurrentHashMap.newKeySet();
    private volatile boolean aborted;
    private volatile HttpHeaders errorHeaders;

    CallExchange(HttpClient shared) {
        this.shared = shared;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<T>> response = sendAsync(request, handler);
        try {
            return response.get();
        } catch (InterruptedException e) {
            response.cancel(true);
            throw e;
        } catch (CancellationException e) {
            throw new IOException("the model call was cancelled", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                    ? c.getCause() : e.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof RuntimeException runtime) throw runtime;
            throw new IOException(cause);
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        if (aborted) return CompletableFuture.failedFuture(new IOException("the model call was cancelled"));
        CompletableFuture<HttpResponse<T>> exchange = shared.sendAsync(request, handler);
        inFlight.add(exchange);
        exchange.whenComplete((response, failure) -> inFlight.remove(exchange));
        return exchange.thenApply(this::observe);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return sendAsync(request, handler);
    }

    private <T> HttpResponse<T> observe(HttpResponse<T> response) {
        if (response.statusCode() >= 400) errorHeaders = response.headers();
        if (response.body() instanceof Closeable body) {
            bodies.add(body);
            if (aborted) closeQuietly(body);
        }
        return response;
    }

    /** Cancels every exchange of this call and closes streamed bodies; later sends fail. */
    void abort() {
        aborted = true;
        inFlight.forEach(exchange -> exchange.cancel(true));
        bodies.forEach(CallExchange::closeQuietly);
    }

    /** The delay an error response asked for ({@code retry-after-ms} or {@code Retry-After}), if any. */
    Optional<Duration> retryAfter() {
        HttpHeaders headers = errorHeaders;
        if (headers == null) return Optional.empty();
        Optional<String> millis = headers.firstValue("retry-after-ms");
        if (millis.isPresent()) {
            try {
                return Optional.of(Duration.ofMillis(Math.max(0, Math.round(Double.parseDouble(millis.get())))));
            } catch (NumberFormatException e) {
                // fall back to Retry-After
            }
        }
        return headers.firstValue("retry-after").flatMap(CallExchange::parseRetryAfter);
    }

    static Optional<Duration> parseRetryAfter(String value) {
        String text = value.strip();
        try {
            return Optional.of(Duration.ofMillis(Math.max(0, Math.round(Double.parseDouble(text) * 1000))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static void closeQuietly(Closeable body) {
        try {
            body.close();
        } catch (IOException e) {
            // closing is how we abort; a failure to close changes nothing
        }
    }

    @Override public Optional<CookieHandler> cookieHandler() { return shared.cookieHandler(); }
    @Override public Optional<Duration> connectTimeout() { return shared.connectTimeout(); }
    @Override public Redirect followRedirects() { return shared.followRedirects(); }
    @Override public Optional<ProxySelector> proxy() { return shared.proxy(); }
    @Override public SSLContext sslContext() { return shared.sslContext(); }
    @Override public SSLParameters sslParameters() { return shared.sslParameters(); }
    @Override public Optional<Authenticator> authenticator() { return shared.authenticator(); }
    @Override public Version version() { return shared.version(); }
    @Override public Optional<Executor> executor() { return shared.executor(); }
}
