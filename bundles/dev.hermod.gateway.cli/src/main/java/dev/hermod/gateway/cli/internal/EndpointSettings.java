package dev.hermod.gateway.cli.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * One model endpoint, as {@code hermod setup} writes it. Every value is checked, so the file
 * needs no escaping.
 *
 * @param name endpoint name (lower case letters, digits, - and _)
 * @param baseUrl http(s) base URL
 * @param model model id
 * @param apiKeyEnv the environment variable holding the key, or empty for none
 * @param contextWindow tokens, positive
 */
record EndpointSettings(String name, String baseUrl, String model, String apiKeyEnv, int contextWindow) {
    static final int DEFAULT_CONTEXT_WINDOW = 128_000;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    private static final Pattern ENV = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
    private static final Pattern MODEL = Pattern.compile("[^\\s\\\\]{1,200}");

    EndpointSettings {
        requireValid(checkName(name));
        requireValid(checkBaseUrl(baseUrl));
        requireValid(checkModel(model));
        requireValid(checkKeyEnv(apiKeyEnv));
        if (contextWindow <= 0) throw new IllegalArgumentException("the context window must be a positive number of tokens");
    }

    /** Null when valid, else what is wrong. */
    static String checkName(String name) {
        return name != null && NAME.matcher(name).matches() ? null
                : "the name must be 1-40 lower case letters, digits, - or _, starting with a letter or digit";
    }

    static String checkBaseUrl(String url) {
        try {
            URI uri = new URI(url);
            boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (http && uri.getHost() != null && uri.getUserInfo() == null && uri.getQuery() == null) return null;
        } catch (URISyntaxException | NullPointerException e) {
            // fall through to the message
        }
        return "the base URL must be an http:// or https:// URL without credentials or query, e.g. https://openrouter.ai/api/v1";
    }

    static String checkModel(String model) {
        return model != null && MODEL.matcher(model).matches() ? null : "the model id must be one word, e.g. anthropic/claude-sonnet-4";
    }

    /** Empty means no key. A value that is not a variable name is most likely the key itself. */
    static String checkKeyEnv(String env) {
        if (env == null || env.isEmpty() || ENV.matcher(env).matches()) return null;
        return "give the NAME of the environment variable that holds the key (like OPENROUTER_API_KEY), never the key itself";
    }

    /** The context window typed by a person, or the reason it is not one. */
    static int parseContextWindow(String text) {
        try {
            int value = Integer.parseInt(text.strip().replace("_", "").replace(",", ""));
            if (value > 0) return value;
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new IllegalArgumentException("the context window must be a positive number of tokens, e.g. 128000");
    }

    private static void requireValid(String problem) {
        if (problem != null) throw new IllegalArgumentException(problem);
    }
}
