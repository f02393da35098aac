package dev.hermod.core.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/** Typed configurations for tests: the annotation's defaults with some values overridden. */
final class Configs {
    private Configs() {}

    static AgentConfig agent(Map<String, Object> overrides) {
        return (AgentConfig) Proxy.newProxyInstance(AgentConfig.class.getClassLoader(), new Class<?>[] {AgentConfig.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> AgentConfig.class;
                    case "toString" -> "AgentConfig" + overrides;
                    case "hashCode" -> overrides.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> overrides.containsKey(method.getName()) ? overrides.get(method.getName()) : method.getDefaultValue();
                });
    }
}
