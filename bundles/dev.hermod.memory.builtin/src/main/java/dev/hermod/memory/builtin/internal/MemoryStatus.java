package dev.hermod.memory.builtin.internal;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.hermod.api.memory.MemoryHealth;

/**
 * The operator's view of the built-in memory: DEGRADED when a pinned file is nearly full (so
 * someone consolidates before writes are refused) or the archive is failing.
 */
final class MemoryStatus {

    private MemoryStatus() {}

    /**
     * Checks MEMORY.md and the local user's USER.md (gateway users' files are checked when they write),
     * and adds the archive's and recall's problems.
     */
    static MemoryHealth of(MemoryStore store, MemoryLimits limits, String archiveProblem, String recallProblem) {
        List<String> problems = new ArrayList<>();
        for (MemoryTarget target : MemoryTarget.values()) {
            try {
                FillLevel fill = new FillLevel(EntryFormat.size(store.entries(target, MemoryScope.LOCAL)),
                        limits.of(target));
                if (fill.nearlyFull()) {
                    problems.add(String.format(Locale.ROOT, "%s at %d%% of %,d chars: consolidate", target.fileName(),
                            fill.percent(), fill.limit()));
                }
            } catch (UncheckedIOException e) {
                problems.add(e.getMessage());
            }
        }
        if (!archiveProblem.isEmpty()) problems.add("the memory archive is failing: " + archiveProblem);
        if (!recallProblem.isEmpty()) problems.add(recallProblem);
        return problems.isEmpty() ? MemoryHealth.up() : MemoryHealth.degraded(String.join("; ", problems));
    }
}
