package dev.hermod.memory.builtin.internal;

import java.util.List;
import java.util.function.Function;

/**
 * Where the entries of the memory files live. The file implementation is the only one today;
 * the seam exists so a store that also archives what is replaced or removed can stand behind
 * the same tool and snapshot.
 */
interface MemoryStore {

    /** The entries of {@code target} now. */
    List<String> entries(MemoryTarget target);

    /**
     * Applies {@code edit} to the current entries of {@code target} atomically with respect to
     * every other edit of that target, and persists the result when it is CHANGED.
     */
    EditOutcome edit(MemoryTarget target, Function<List<String>, EditOutcome> edit);
}
