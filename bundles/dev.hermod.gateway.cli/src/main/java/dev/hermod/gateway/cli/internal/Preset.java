package dev.hermod.gateway.cli.internal;

/** Well-known OpenAI-compatible endpoints offered by {@code hermod setup}. */
enum Preset {
    OPENROUTER("OpenRouter", "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY"),
    OLLAMA("Ollama", "http://127.0.0.1:11434/v1", ""),
    VLLM("vLLM", "http://127.0.0.1:8000/v1", ""),
    LM_STUDIO("LM Studio", "http://127.0.0.1:1234/v1", ""),
    CUSTOM("custom", "", "OPENAI_API_KEY");

    final String label;
    final String baseUrl;
    /** The usual key variable; empty for local servers that need no key. */
    final String keyEnv;

    Preset(String label, String baseUrl, String keyEnv) {
        this.label = label;
        this.baseUrl = baseUrl;
        this.keyEnv = keyEnv;
    }

    /** The preset with this base URL, or CUSTOM. */
    static Preset forUrl(String url) {
        for (Preset p : values()) if (!p.baseUrl.isEmpty() && p.baseUrl.equals(url)) return p;
        return CUSTOM;
    }
}
