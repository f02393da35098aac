package dev.hermod.api.memory;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Passes the changes of the built-in memory files on to the external memory providers in use, so
 * that a provider keeping its own copy stays in step. Implemented by the agent runtime, which alone
 * knows which providers a session uses ({@code memory_provider} of {@code hermod.agent}); the
 * built-in memory calls it after every write that changed a file.
 *
 * <p>Changes are per entry: a consolidation arrives as one {@link MemoryWrite.Action#REMOVE} per
 * entry it dropped and one {@link MemoryWrite.Action#ADD} per entry it introduced, never as the
 * whole file. Thread-safe. Never throws: a provider that fails to take a change is reported in the
 * runtime's status (and cleared when it takes one again).
 */
@ProviderType
public interface MemoryMirror {

    /**
     * One entry-level change of the built-in memory, made for {@code context}. Delivered to
     * {@link MemoryProvider#memoryWritten} of the external providers the session of
     * {@code context} uses; for a context of no live session, to the configured provider.
     *
     * @param context whose memory changed (the session and the user)
     * @param write the change; never {@link MemoryWrite.Action#CONSOLIDATE}
     */
    void written(MemoryContext context, MemoryWrite write);
}
