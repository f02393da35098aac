package dev.hermod.embeddings.minilm.internal;

/**
 * Turns off DJL's network use before any DJL class runs. DJL, which LangChain4j uses for the tokenizer,
 * otherwise reports usage once a day after reading the cloud instance-metadata address, and on a machine
 * with CUDA downloads a GPU build of its native tokenizer. Hermod needs neither: the CPU tokenizer ships
 * in this bundle. DJL reads only system properties (or environment variables), so that is what is set,
 * and only where the operator has not set them.
 */
final class DjlDefaults {
    static final String OFFLINE = "ai.djl.offline";
    static final String NO_TELEMETRY = "OPT_OUT_TRACKING";

    private DjlDefaults() { }

    static void apply() {
        setIfAbsent(OFFLINE, "true");
        setIfAbsent(NO_TELEMETRY, "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null && System.getenv(key) == null) {
            System.setProperty(key, value);
        }
    }
}
