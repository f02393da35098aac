package dev.hermod.memory.builtin.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Archives one edit inside the store's critical section, before the file changes: a change the
 * archive cannot record is not made, and a change whose file write then fails gets a second row
 * that reverses the first, so the archive never misses a change and never claims one the file lacks.
 */
final class ArchiveJournal implements MemoryStore.Journal {

    private static final Logger LOG = System.getLogger(ArchiveJournal.class.getName());

    private final MemoryArchive archive;
    private final MemoryTarget target;
    private final String scope;
    private final MemoryEdit edit;
    private final String reason;
    private final String sessionId;
    private final Consumer<String> health;
    private List<String> before = List.of();
    private String note = "";

    /**
     * @param health told the archive's problem after each archive write: empty when it worked
     */
    ArchiveJournal(MemoryArchive archive, MemoryTarget target, String scope, MemoryEdit edit, String reason,
            String sessionId, Consumer<String> health) {
        this.archive = archive;
        this.target = target;
        this.scope = scope;
        this.edit = edit;
        this.reason = reason;
        this.sessionId = sessionId;
        this.health = health;
    }

    /** The entries the edit was applied to (empty before {@link #record}). */
    List<String> before() { return before; }

    /** What the model should know about the archive for this edit; empty when all went well. */
    String note() { return note; }

    @Override
    public void record(List<String> before, EditOutcome outcome) {
        this.before = before;
        Optional<ArchiveRow> row = ArchiveRows.of(target, scope, edit, reason, sessionId, before, outcome);
        if (row.isEmpty()) return;
        try {
            archive.append(row.get());
            health.accept("");
        } catch (RuntimeException e) {
            health.accept(e.getMessage());
            LOG.log(Level.ERROR, "A memory write could not be archived: " + e.getMessage(), e);
            if (outcome.status() == EditOutcome.Status.CHANGED) {
                throw new IllegalStateException("the memory archive could not record this change (" + e.getMessage()
                        + "), so " + target.fileName() + " was left unchanged: a change is made only once the archive"
                        + " holds it. Try again later; `hermod doctor` shows the archive's state.", e);
            }
            note = "\n(Note: the memory archive could not record this attempt: " + e.getMessage() + ")";
        }
    }

    @Override
    public void writeFailed(List<String> before, EditOutcome outcome, RuntimeException problem) {
        String why = "not applied: writing " + target.fileName() + " failed (" + problem.getMessage()
                + "); this row reverses the change recorded just before it";
        try {
            archive.append(ArchiveRows.undo(target, scope, edit, why, sessionId, before, outcome));
            note = " (The attempt and its failure are both recorded in the memory archive.)";
        } catch (RuntimeException e) {
            health.accept(e.getMessage());
            LOG.log(Level.ERROR, "The failed memory write could not be marked in the archive: " + e.getMessage(), e);
            note = " (The memory archive holds the change but could not record that it failed: " + e.getMessage() + ")";
        }
    }
}
