package dev.hermod.memory.builtin.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.hermod.api.memory.MemoryHealth;

/**
 * The operator's view of the built-in memory: DEGRADED when a pinned file is nearly full (so
 * someone consolidates before writes are refused) or the archive is failing.
 */
final class MemoryStatus {

    /** Most gateway users' files named in the detail; the rest are counted. */
    static final int NAMED_USERS = 5;

    private MemoryStatus() {}

    /**
     * Checks MEMORY.md, the local user's USER.md, every gateway user's USER.md and (unless the
     * agent's notes are shared, so gateway users have none of their own) every gateway user's
     * MEMORY.md, and adds the archive's and recall's problems.
     */
    static MemoryHealth of(FileMemoryStore store, MemoryLimits limits, boolean sharedNotes, String archiveProblem,
            String recallProblem) {
        List<String> problems = new ArrayList<>();
        for (MemoryTarget target : MemoryTarget.values()) {
            try {
                FillLevel fill = new FillLevel(EntryFormat.size(store.entries(target, MemoryScope.LOCAL)),
                        limits.of(target));
                if (fill.nearlyFull()) problems.add(nearlyFull(target.fileName(), fill));
            } catch (UncheckedIOException e) {
                problems.add(e.getMessage());
            }
        }
        if (!sharedNotes) problems.addAll(gatewayUsers(store, MemoryTarget.MEMORY, limits.memory()));
        problems.addAll(gatewayUsers(store, MemoryTarget.USER, limits.user()));
        if (!archiveProblem.isEmpty()) problems.add("the memory archive is failing: " + archiveProblem);
        if (!recallProblem.isEmpty()) problems.add(recallProblem);
        return problems.isEmpty() ? MemoryHealth.up() : MemoryHealth.degraded(String.join("; ", problems));
    }

    /**
     * The gateway users' nearly full files of {@code target}. Cheap: a file is read only when its
     * size in bytes (never less than the characters the limit counts) reaches the warning level.
     */
    private static List<String> gatewayUsers(FileMemoryStore store, MemoryTarget target, int limit) {
        String name = target.fileName();
        List<String> full = new ArrayList<>();
        try {
            for (Map.Entry<String, Path> file : store.gatewayUserFiles(target).entrySet()) {
                if (Files.size(file.getValue()) * 100 < (long) limit * (FillLevel.WARN_PERCENT - 1)) continue;
                FillLevel fill = new FillLevel(EntryFormat.size(new MemoryFile(file.getValue()).read()), limit);
                if (fill.nearlyFull()) full.add(nearlyFull(name + " of " + file.getKey(), fill));
            }
        } catch (IOException | UncheckedIOException e) {
            return List.of("the gateway users' " + name + " files cannot be checked: " + e.getMessage());
        }
        if (full.size() <= NAMED_USERS) return full;
        List<String> named = new ArrayList<>(full.subList(0, NAMED_USERS));
        named.add((full.size() - NAMED_USERS) + " more gateway users' " + name + " files at "
                + FillLevel.WARN_PERCENT + "% or more");
        return named;
    }

    private static String nearlyFull(String file, FillLevel fill) {
        return String.format(Locale.ROOT, "%s at %d%% of %,d chars: consolidate", file, fill.percent(), fill.limit());
    }
}
