package dev.hermod.llm.openai.internal;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The default endpoint from the standard environment variables, for a Hermod without any
 * {@code hermod.llm.openai} configuration: {@code HERMOD_MODEL} (required), {@code OPENAI_BASE_URL},
 * {@code OPENAI_API_KEY}, {@code HERMOD_CONTEXT_WINDOW}. The base URL defaults to OpenAI's only when
 * {@code OPENAI_API_KEY} is set.
 */
final class DefaultEndpointEnvironment {
    static final String NAME = "default";
    static final String OPENAI_URL = "https://api.openai.com/v1";
    private static final String ORIGIN = "the environment (HERMOD_MODEL, OPENAI_BASE_URL, OPENAI_API_KEY,"
            + " HERMOD_CONTEXT_WINDOW)";

    /**
     * What the environment allows.
     *
     * @param config the endpoint, or {@code null} when there is none
     * @param reason why there is none, or {@code null}
     */
    record Decision(EndpointConfig config, String reason) {
        boolean available() {
            return config != null;
        }
    }

    private DefaultEndpointEnvironment() {
    }

    static Decision decide(UnaryOperator<String> env) {
        String model = value(env, "HERMOD_MODEL");
        if (model.isEmpty()) return new Decision(null, "HERMOD_MODEL is not set");
        boolean hasKey = !value(env, "OPENAI_API_KEY").isEmpty();
        String baseUrl = value(env, "OPENAI_BASE_URL");
        if (baseUrl.isEmpty() && !hasKey) {
            return new Decision(null, "neither OPENAI_BASE_URL nor OPENAI_API_KEY is set");
        }
        int contextWindow = 128_000;
        String window = value(env, "HERMOD_CONTEXT_WINDOW");
        if (!window.isEmpty()) {
            try {
                contextWindow = Integer.parseInt(window);
            } catch (NumberFormatException e) {
                return new Decision(null, "HERMOD_CONTEXT_WINDOW must be a whole number of tokens, not '" + window + "'");
            }
        }
        return new Decision(new EndpointConfig(NAME, baseUrl.isEmpty() ? OPENAI_URL : baseUrl, model,
                hasKey ? "OPENAI_API_KEY" : "", contextWindow, 120, 0, -1, List.of(), false, ORIGIN), null);
    }

    private static String value(UnaryOperator<String> env, String name) {
        String value = env.apply(name);
        return value == null ? "" : value.strip();
    }
}
