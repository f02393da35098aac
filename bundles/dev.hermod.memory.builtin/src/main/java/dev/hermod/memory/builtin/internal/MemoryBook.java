package dev.hermod.memory.builtin.internal;

import dev.hermod.api.memory.MemoryContext;

/**
 * The write side of the built-in memory, for the {@code memory} tool. Registered by
 * {@link BuiltinMemory} as a bundle-private service.
 */
interface MemoryBook {

    /**
     * Applies {@code edit} to {@code target} of the caller's scope, archives it with {@code reason}
     * and the caller's session, and passes each changed entry to the runtime's {@code MemoryMirror}.
     * Content or a {@code reason} that looks like a credential is refused; a longer reason is cut
     * to 500 characters (after that check).
     */
    WriteReport write(MemoryTarget target, MemoryEdit edit, String reason, MemoryContext context);
}
