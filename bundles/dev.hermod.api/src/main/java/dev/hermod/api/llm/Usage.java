package dev.hermod.api.llm;

/**
 * Token counts for one or more model calls.
 *
 * @param inputTokens prompt tokens, including cached ones
 * @param outputTokens generated tokens
 * @param cachedInputTokens prompt tokens the provider served from its prompt cache
 */
public record Usage(long inputTokens, long outputTokens, long cachedInputTokens) {
    /** No usage reported. */
    public static final Usage NONE = new Usage(0, 0, 0);

    public Usage {
        if (inputTokens < 0 || outputTokens < 0 || cachedInputTokens < 0) {
            throw new IllegalArgumentException("token counts must be >= 0");
        }
    }

    /** The sum of this and {@code other}. */
    public Usage plus(Usage other) {
        return new Usage(inputTokens + other.inputTokens, outputTokens + other.outputTokens,
                cachedInputTokens + other.cachedInputTokens);
    }

    /** Input plus output tokens. */
    public long totalTokens() { return inputTokens + outputTokens; }
}
