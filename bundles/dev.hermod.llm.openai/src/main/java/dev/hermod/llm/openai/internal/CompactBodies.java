package dev.hermod.llm.openai.internal;

import java.time.Duration;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

/** LangChain4j's HTTP client, sending JSON bodies compact ({@link CompactJson}). */
final class CompactBodies implements HttpClientBuilder {
    private final HttpClientBuilder delegate;

    CompactBodies(HttpClientBuilder delegate) {
        this.delegate = delegate;
    }

    @Override public Duration connectTimeout() { return delegate.connectTimeout(); }

    @Override public HttpClientBuilder connectTimeout(Duration timeout) {
        delegate.connectTimeout(timeout);
        return this;
    }

    @Override public Duration readTimeout() { return delegate.readTimeout(); }

    @Override public HttpClientBuilder readTimeout(Duration timeout) {
        delegate.readTimeout(timeout);
        return this;
    }

    @Override
    public HttpClient build() {
        HttpClient client = delegate.build();
        return new HttpClient() {
            @Override
            public SuccessfulHttpResponse execute(HttpRequest request) {
                return client.execute(compact(request));
            }

            @Override
            public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
                client.execute(compact(request), parser, listener);
            }
        };
    }

    /** The same request with its JSON body compact; any other request as it is. */
    static HttpRequest compact(HttpRequest request) {
        String body = request.body();
        if (body == null || body.isEmpty() || !request.formDataFields().isEmpty() || !request.formDataFiles().isEmpty()) {
            return request;
        }
        return HttpRequest.builder().method(request.method()).url(request.url()).headers(request.headers())
                .body(CompactJson.of(body)).build();
    }
}
