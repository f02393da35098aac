package dev.hermod.llm.openai.internal;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import dev.hermod.api.llm.ChatResponse;
import dev.hermod.api.llm.ModelException;

/** Shared test data: endpoint settings, a fake environment, configuration instances. */
final class Fixtures {
    static final String KEY = "sk-test-0123456789";
    static final UnaryOperator<String> ENV = Map.of("TEST_API_KEY", KEY)::get;

    private Fixtures() {
    }

    static EndpointConfig config(String baseUrl, int timeoutSeconds) {
        return new EndpointConfig("test", baseUrl, "test-model", "TEST_API_KEY", 32_000, timeoutSeconds, 0, -1,
                List.of("X-Title: Hermod tests"), false, "etc/hermod.llm.openai-test.cfg");
    }

    static OpenAiEndpoint endpoint(String baseUrl, int timeoutSeconds) {
        return new OpenAiEndpoint(EndpointSettings.resolve(config(baseUrl, timeoutSeconds), ENV));
    }

    static ChatResponse await(CompletionStage<ChatResponse> stage) throws Exception {
        return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** The ModelException a stage failed with. */
    static ModelException failure(CompletionStage<ChatResponse> stage) {
        try {
            stage.toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ModelException m) return m;
            throw new AssertionError("expected a ModelException, got " + e.getCause(), e.getCause());
        }
        throw new AssertionError("the call succeeded");
    }

    /** An {@link OpenAiModelConfig} with the annotation's defaults, overridden by {@code values}. */
    static OpenAiModelConfig modelConfig(Map<String, Object> values) {
        return (OpenAiModelConfig) Proxy.newProxyInstance(OpenAiModelConfig.class.getClassLoader(),
                new Class<?>[] {OpenAiModelConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) return OpenAiModelConfig.class;
                    switch (method.getName()) {
                        case "toString": return "OpenAiModelConfig" + values;
                        case "hashCode": return System.identityHashCode(proxy);
                        case "equals": return proxy == args[0];
                        default: break;
                    }
                    return values.getOrDefault(method.getName(), method.getDefaultValue());
                });
    }
}
