package dev.hermod.llm.openai.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One OpenAI-compatible endpoint: factory PID {@code hermod.llm.openai}, one configuration per
 * endpoint ({@code etc/hermod.llm.openai-<name>.cfg}). Keys use underscores: {@code base_url},
 * {@code api_key_env} ... (a double underscore in a method name is one underscore in the key).
 */
@ObjectClassDefinition(name = "Hermod OpenAI-compatible model endpoint",
        description = "A chat model served by any OpenAI-compatible API: OpenAI, OpenRouter, vLLM, Ollama, LM Studio ...")
public @interface OpenAiModelConfig {

    @AttributeDefinition(name = "Name", description = "The endpoint name, unique among models, for example"
            + " openrouter; registered as the service property hermod.llm.name. Required.")
    String name() default "";

    @AttributeDefinition(name = "Base URL", description = "The API base URL, ending before /chat/completions,"
            + " for example https://openrouter.ai/api/v1 or http://127.0.0.1:11434/v1.")
    String base__url() default "https://api.openai.com/v1";

    @AttributeDefinition(name = "Model", description = "The model id sent to the endpoint, for example"
            + " anthropic/claude-sonnet-4. Required.")
    String model() default "";

    @AttributeDefinition(name = "API key variable", description = "The name of the environment variable that"
            + " holds the API key, for example OPENROUTER_API_KEY; empty for servers without a key (Ollama)."
            + " The key itself is never stored in configuration.")
    String api__key__env() default "";

    @AttributeDefinition(name = "Context window", description = "The model's context window in tokens.")
    int context__window() default 128000;

    @AttributeDefinition(name = "Timeout", description = "Seconds to wait for the answer to start (and to connect).")
    int timeout__seconds() default 120;

    @AttributeDefinition(name = "Max output tokens", description = "The default cap on generated tokens;"
            + " 0 leaves it to the endpoint. A request's own cap wins.")
    int max__output__tokens() default 0;

    @AttributeDefinition(name = "Temperature", description = "The default sampling temperature; negative leaves"
            + " it to the endpoint. A request's own temperature wins.")
    double temperature() default -1.0;

    @AttributeDefinition(name = "Extra headers", description = "Extra HTTP headers as 'Name: value' entries"
            + " (several in one value separated by ';'), for example 'X-Title: Hermod'. Not for secrets.")
    String[] headers() default {};

    @AttributeDefinition(name = "Allow plain HTTP", description = "Allow sending the API key over plain http to"
            + " a host that is not this machine. Off: such a configuration fails with an explanation.")
    boolean allow__insecure__http() default false;
}
