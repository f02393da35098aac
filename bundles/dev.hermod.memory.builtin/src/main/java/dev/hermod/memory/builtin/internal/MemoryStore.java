package dev.hermod.memory.builtin.internal;

import java.util.List;
import java.util.function.Function;

/** Where the entries of the memory files live. */
interface MemoryStore {

    /** What records an edit, inside the critical section, before the file changes. */
    interface Journal {
        /**
         * The edit was applied to {@code before} (or refused); called before a CHANGED outcome is
         * written. Throwing stops the edit: the file is not written.
         */
        void record(List<String> before, EditOutcome outcome);

        /** Writing the CHANGED {@code outcome} that {@link #record} recorded failed with {@code problem}. */
        void writeFailed(List<String> before, EditOutcome outcome, RuntimeException problem);
    }

    /** The entries of {@code target} for {@code scope} now. */
    List<String> entries(MemoryTarget target, MemoryScope scope);

    /**
     * Applies {@code edit} to the current entries of {@code target} atomically with respect to
     * every other edit on this home (threads and processes): calls {@link Journal#record} first,
     * then persists the result when it is CHANGED, and tells the journal when that fails.
     */
    EditOutcome edit(MemoryTarget target, MemoryScope scope, Function<List<String>, EditOutcome> edit, Journal journal);
}
