package dev.hermod.core.internal;

import java.util.List;

import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.api.memory.MemoryWrite;

/**
 * Passes a change of the built-in memory to the external providers in use. A provider that fails
 * to take it is reported (status, doctor) until it takes one again.
 */
final class MemoryMirroring {
    private final Problems problems;

    MemoryMirroring(Problems problems) {
        this.problems = problems;
    }

    /** Gives {@code write} to every provider of {@code providers} but the built-in one (where it came from). */
    void mirror(List<MemoryProvider> providers, MemoryContext context, MemoryWrite write) {
        for (MemoryProvider provider : providers) {
            String name = Problems.nameOf(provider);
            if ("builtin".equals(name)) continue;
            String key = Problems.memoryKey(provider, "mirror");
            try {
                provider.memoryWritten(context, write);
                problems.clear(key);
            } catch (RuntimeException e) {
                problems.report(key, "memory provider '" + name + "' failed to mirror a built-in memory change ("
                        + write.action() + " in " + write.target() + "), so its copy is behind: " + e.getMessage());
            }
        }
    }
}
