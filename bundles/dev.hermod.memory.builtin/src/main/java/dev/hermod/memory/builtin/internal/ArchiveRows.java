package dev.hermod.memory.builtin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which archive row an applied (or refused) edit produces. */
final class ArchiveRows {

    private ArchiveRows() {}

    /** The row for {@code outcome}; none for no-ops and invalid edits, which change and attempt nothing. */
    static Optional<ArchiveRow> of(MemoryTarget target, String scope, MemoryEdit edit, String reason, String sessionId,
            List<String> before, EditOutcome outcome) {
        return switch (outcome.status()) {
            case UNCHANGED, REFUSED, STALE -> Optional.empty();
            case CHANGED -> Optional.of(changed(target, scope, edit, reason, sessionId, before, outcome));
            case FULL -> Optional.of(refused(target, scope, edit, reason, sessionId, before));
        };
    }

    private static ArchiveRow changed(MemoryTarget target, String scope, MemoryEdit edit, String reason,
            String sessionId, List<String> before, EditOutcome outcome) {
        ArchiveAction action = ArchiveAction.of(edit);
        return switch (edit) {
            case MemoryEdit.Add add -> row(sessionId, scope, target, action, reason, add.content(), "");
            case MemoryEdit.Replace replace -> row(sessionId, scope, target, action, reason, replace.content(),
                    outcome.affected());
            case MemoryEdit.Remove remove -> row(sessionId, scope, target, action, reason, outcome.affected(), "");
            case MemoryEdit.Consolidate consolidate -> consolidation(sessionId, scope, target, action, reason, before,
                    outcome.entries());
        };
    }

    /**
     * The row that reverses the row of the CHANGED {@code outcome}, for a change the file never got
     * (its write failed): replaying the archive then still gives the file as it is.
     */
    static ArchiveRow undo(MemoryTarget target, String scope, MemoryEdit edit, String reason, String sessionId,
            List<String> before, EditOutcome outcome) {
        return switch (edit) {
            case MemoryEdit.Add add -> row(sessionId, scope, target, ArchiveAction.REMOVE, reason, add.content(), "");
            case MemoryEdit.Replace replace -> row(sessionId, scope, target, ArchiveAction.REPLACE, reason,
                    outcome.affected(), replace.content());
            case MemoryEdit.Remove remove -> row(sessionId, scope, target, ArchiveAction.ADD, reason,
                    outcome.affected(), "");
            case MemoryEdit.Consolidate consolidate -> consolidation(sessionId, scope, target,
                    ArchiveAction.CONSOLIDATE, reason, outcome.entries(), before);
        };
    }

    private static ArchiveRow refused(MemoryTarget target, String scope, MemoryEdit edit, String reason,
            String sessionId, List<String> before) {
        ArchiveAction action = ArchiveAction.refusalOf(edit);
        if (edit instanceof MemoryEdit.Consolidate consolidate) {
            return consolidation(sessionId, scope, target, action, reason, before, consolidate.entries());
        }
        return row(sessionId, scope, target, action, reason, edit.content(), "");
    }

    private static ArchiveRow consolidation(String sessionId, String scope, MemoryTarget target, ArchiveAction action,
            String reason, List<String> before, List<String> after) {
        String beforeText = EntryFormat.format(before);
        String afterText = EntryFormat.format(after);
        List<String> dropped = new ArrayList<>();
        if (action == ArchiveAction.CONSOLIDATE) {
            for (String entry : before) if (!after.contains(entry)) dropped.add(entry);
        }
        return new ArchiveRow(sessionId, scope, target, action, reason, afterText, beforeText,
                LineDiff.unified(target.fileName(), beforeText, afterText), dropped);
    }

    private static ArchiveRow row(String sessionId, String scope, MemoryTarget target, ArchiveAction action,
            String reason, String entry, String previous) {
        return new ArchiveRow(sessionId, scope, target, action, reason, entry, previous, "", List.of());
    }
}
