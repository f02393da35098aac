package dev.hermod.core.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What is degraded right now, by source; shown in status and doctor. */
final class Problems {
    private final Map<String, String> current = new ConcurrentHashMap<>();

    /** Records a problem; it is logged when it is new or changed, not every time it is seen again. */
    void report(String source, String problem) {
        if (!problem.equals(current.put(source, problem))) {
            System.getLogger(Problems.class.getName()).log(System.Logger.Level.WARNING, source + ": " + problem);
        }
    }

    void clear(String source) { current.remove(source); }

    /** The source key of a memory provider's hook, {@code memory:<name>:<hook>}; safe when {@code name()} throws. */
    static String memoryKey(dev.hermod.api.memory.MemoryProvider provider, String hook) {
        return "memory:" + nameOf(provider) + ":" + hook;
    }

    /** The provider's name, or its class name when {@code name()} throws. */
    static String nameOf(dev.hermod.api.memory.MemoryProvider provider) {
        try {
            return provider.name();
        } catch (RuntimeException e) {
            return provider.getClass().getName();
        }
    }

    List<String> list() {
        return current.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ": " + e.getValue()).toList();
    }
}
