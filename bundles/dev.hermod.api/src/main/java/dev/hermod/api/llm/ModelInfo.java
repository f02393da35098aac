package dev.hermod.api.llm;

import java.util.Objects;

/**
 * Static facts about a configured model.
 *
 * @param provider the provider family, for example {@code openai-compatible}
 * @param model the model identifier sent to the endpoint, for example {@code anthropic/claude-sonnet-4}
 * @param contextWindow the context window in tokens
 * @param endpoint the base URL, for display only (never carries credentials)
 */
public record ModelInfo(String provider, String model, int contextWindow, String endpoint) {
    public ModelInfo {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        if (contextWindow <= 0) throw new IllegalArgumentException("contextWindow must be > 0");
        endpoint = endpoint == null ? "" : endpoint;
    }
}
