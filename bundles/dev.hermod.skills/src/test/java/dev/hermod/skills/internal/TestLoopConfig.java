package dev.hermod.skills.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/** A {@link SkillLoopConfig} with its declared defaults, some of them overridden; no curation timer. */
final class TestLoopConfig {

    private TestLoopConfig() {
    }

    /** The defaults, with {@code curate__interval__hours} 0 and {@code overrides} by attribute method name. */
    static SkillLoopConfig with(Map<String, Object> overrides) {
        return (SkillLoopConfig) Proxy.newProxyInstance(SkillLoopConfig.class.getClassLoader(),
                new Class<?>[] {SkillLoopConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> SkillLoopConfig.class;
                    case "curate__interval__hours" -> overrides.getOrDefault(method.getName(), 0);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "TestLoopConfig" + overrides;
                    default -> overrides.getOrDefault(method.getName(), method.getDefaultValue());
                });
    }
}
