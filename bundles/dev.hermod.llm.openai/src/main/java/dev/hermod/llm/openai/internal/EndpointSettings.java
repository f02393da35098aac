package dev.hermod.llm.openai.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The validated settings of one endpoint, with the API key read from its environment variable.
 * {@code toString()} never shows the key.
 *
 * @param temperature the default temperature, or {@code null} for the endpoint's
 * @param maxOutputTokens the default output cap, or 0 for the endpoint's
 */
record EndpointSettings(String name, String baseUrl, String model, Secret apiKey, int contextWindow, Duration timeout,
                        int maxOutputTokens, Double temperature, Map<String, String> headers) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** Headers the JDK HTTP client refuses to let a caller set. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    EndpointSettings {
        headers = Map.copyOf(headers);
    }

    /**
     * Validates {@code config} and reads the API key through {@code env}.
     *
     * @throws IllegalStateException saying what is wrong and what to change
     */
    static EndpointSettings resolve(EndpointConfig config, UnaryOperator<String> env) {
        String where = config.origin();
        String name = config.name().strip();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalStateException("name must be 1-64 letters, digits, '.', '_' or '-' (for example"
                    + " openrouter), not '" + name + "'; set name in " + where);
        }
        String model = config.model() == null ? "" : config.model().strip();
        if (model.isEmpty()) throw new IllegalStateException("model is not set; set model in " + where);
        URI uri = baseUrl(config.baseUrl(), where);
        Secret key = apiKey(config.apiKeyEnv(), env, where);
        if (key.isPresent() && uri.getScheme().equals("http") && !isLoopback(uri.getHost()) && !config.allowInsecureHttp()) {
            throw new IllegalStateException("base_url " + uri + " would send the API key in clear text to another"
                    + " machine; use https, or set allow_insecure_http = true in " + where);
        }
        if (config.contextWindow() <= 0) throw new IllegalStateException("context_window must be > 0 in " + where);
        if (config.timeoutSeconds() <= 0) throw new IllegalStateException("timeout_seconds must be > 0 in " + where);
        if (config.maxOutputTokens() < 0) throw new IllegalStateException("max_output_tokens must be >= 0 in " + where);
        Double temperature = config.temperature() < 0 ? null : config.temperature();
        return new EndpointSettings(name, stripSlash(uri.toString()), model, key, config.contextWindow(),
                Duration.ofSeconds(config.timeoutSeconds()), config.maxOutputTokens(), temperature,
                headers(config, where));
    }

    private static URI baseUrl(String text, String where) {
        try {
            URI uri = new URI(text == null ? "" : text.strip());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getUserInfo() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalStateException("base_url must be an http or https URL without credentials, for example"
                + " https://openrouter.ai/api/v1, not '" + text + "'; fix base_url in " + where);
    }

    private static Secret apiKey(String envName, UnaryOperator<String> env, String where) {
        String variable = envName == null ? "" : envName.strip();
        if (variable.isEmpty()) return Secret.NONE;
        Secret key = Secret.of(env.apply(variable));
        if (!key.isPresent()) {
            throw new IllegalStateException("environment variable " + variable + " is not set; export it or"
                    + " change api_key_env in " + where);
        }
        return key;
    }

    private static Map<String, String> headers(EndpointConfig config, String where) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header : config.headers()) {
            int colon = header.indexOf(':');
            String name = colon < 0 ? "" : header.substring(0, colon).strip();
            if (!HEADER_NAME.matcher(name).matches() || RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException("headers entry '" + name + "' is not a header this client may send;"
                        + " write entries as 'Name: value' in " + where);
            }
            headers.put(name, header.substring(colon + 1).strip());
        }
        return headers;
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
