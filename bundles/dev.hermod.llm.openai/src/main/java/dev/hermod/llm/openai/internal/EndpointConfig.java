package dev.hermod.llm.openai.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The raw settings of one endpoint, before validation: from a factory configuration or from the
 * environment.
 *
 * @param origin where the settings came from, named in error messages so the person knows what to edit
 */
record EndpointConfig(String name, String baseUrl, String model, String apiKeyEnv, int contextWindow,
                      int timeoutSeconds, int maxOutputTokens, double temperature, List<String> headers,
                      boolean allowInsecureHttp, String origin) {

    EndpointConfig {
        headers = headers == null ? List.of() : List.copyOf(headers);
    }

    static EndpointConfig of(OpenAiModelConfig config) {
        String name = config.name() == null ? "" : config.name().strip();
        String origin = "etc/hermod.llm.openai-" + (name.isEmpty() ? "<name>" : name) + ".cfg";
        List<String> headers = new ArrayList<>();
        for (String entry : config.headers()) {
            for (String header : entry.split(";")) {
                if (!header.isBlank()) headers.add(header.strip());
            }
        }
        return new EndpointConfig(name, config.base__url(), config.model(), config.api__key__env(),
                config.context__window(), config.timeout__seconds(), config.max__output__tokens(),
                config.temperature(), headers, config.allow__insecure__http(), origin);
    }
}
