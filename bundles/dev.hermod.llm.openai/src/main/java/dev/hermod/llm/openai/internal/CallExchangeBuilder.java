package dev.hermod.llm.openai.internal;

import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The JDK client builder handed to LangChain4j's {@code JdkHttpClient}: it "builds" the call's
 * {@link CallExchange}. The shared client is configured once by the endpoint, so the settings
 * LangChain4j passes here (only the connect timeout) are already in place and are ignored.
 */
final class CallExchangeBuilder implements HttpClient.Builder {
    private final CallExchange exchange;

    CallExchangeBuilder(CallExchange exchange) {
        this.exchange = exchange;
    }

    @Override public HttpClient build() { return exchange; }
    @Override public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) { return this; }
    @Override public HttpClient.Builder connectTimeout(Duration duration) { return this; }
    @Override public HttpClient.Builder sslContext(SSLContext sslContext) { return this; }
    @Override public HttpClient.Builder sslParameters(SSLParameters sslParameters) { return this; }
    @Override public HttpClient.Builder executor(Executor executor) { return this; }
    @Override public HttpClient.Builder followRedirects(HttpClient.Redirect policy) { return this; }
    @Override public HttpClient.Builder version(HttpClient.Version version) { return this; }
    @Override public HttpClient.Builder priority(int priority) { return this; }
    @Override public HttpClient.Builder proxy(ProxySelector proxySelector) { return this; }
    @Override public HttpClient.Builder authenticator(Authenticator authenticator) { return this; }
}
