package dev.hermod.embeddings.minilm.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/** Typed configurations for tests: the annotation's defaults with some values overridden. */
final class Configs {
    private Configs() { }

    static MiniLmConfig miniLm(Map<String, Object> overrides) {
        return (MiniLmConfig) Proxy.newProxyInstance(MiniLmConfig.class.getClassLoader(), new Class<?>[] {MiniLmConfig.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> MiniLmConfig.class;
                    case "toString" -> "MiniLmConfig" + overrides;
                    case "hashCode" -> overrides.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> overrides.getOrDefault(method.getName(), method.getDefaultValue());
                });
    }
}
