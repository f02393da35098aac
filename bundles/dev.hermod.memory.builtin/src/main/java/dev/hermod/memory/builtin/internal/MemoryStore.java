package dev.hermod.memory.builtin.internal;

import java.util.List;
import java.util.function.Function;

/** Where the entries of the memory files live. */
interface MemoryStore {

    /** What to do, still inside the critical section, once an edit was applied (or refused). */
    @FunctionalInterface
    interface AfterEdit {
        void done(List<String> before, EditOutcome outcome);
    }

    /** The entries of {@code target} for {@code scope} now. */
    List<String> entries(MemoryTarget target, MemoryScope scope);

    /**
     * Applies {@code edit} to the current entries of {@code target} atomically with respect to
     * every other edit on this home (threads and processes), persists the result when it is
     * CHANGED, then calls {@code after} before anyone else may edit.
     */
    EditOutcome edit(MemoryTarget target, MemoryScope scope, Function<List<String>, EditOutcome> edit, AfterEdit after);
}
