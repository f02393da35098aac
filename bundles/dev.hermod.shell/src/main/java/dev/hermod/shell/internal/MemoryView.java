package dev.hermod.shell.internal;

import java.util.List;
import java.util.Locale;

import dev.hermod.api.memory.ArchiveStatus;
import dev.hermod.api.memory.MemoryHealth;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.api.memory.PinnedFile;

/**
 * How {@code hermod:memory} and {@code hermod:memory status} print: the providers with their
 * health, which are in use, the memory files' fill levels, the archive and recall, and the
 * runtime's memory problems.
 */
final class MemoryView {
    private MemoryView() {}

    static String format(List<Registered<MemoryProvider>> providers, List<PinnedFile> files) {
        StringBuilder text = new StringBuilder();
        if (providers.isEmpty()) {
            text.append("no memory providers registered\n");
        } else {
            TextTable table = new TextTable("NAME", "HEALTH", "DETAIL", "BUNDLE");
            providers.forEach(p -> {
                MemoryHealth health = health(p.service());
                table.row(ServiceViews.safely(p.service(), MemoryProvider::name), health.state().name().toLowerCase(),
                        health.detail(), p.bundle());
            });
            text.append(table);
        }
        text.append('\n');
        files.forEach(f -> text.append(String.format("%-10s %s%s%n", f.name(), f.fill(), f.exists() ? "" : "  (not created yet)")));
        return text.toString();
    }

    /**
     * The whole status: {@link #format} plus what is in use, the archive and recall, and problems.
     *
     * @param inUse the providers sessions use now, or null when the runtime is not running
     * @param configured the external provider etc/hermod.agent.cfg names; empty for none
     * @param archive the archive's status, or null when the built-in memory is not running
     * @param problems the runtime's memory problems, one per line
     */
    static String status(List<Registered<MemoryProvider>> providers, List<PinnedFile> files, List<String> inUse,
            String configured, ArchiveStatus archive, List<String> problems) {
        StringBuilder text = new StringBuilder(format(providers, files));
        text.append(String.format("%-10s %s%n", "in use", inUse == null ? "unknown: the agent runtime is not running"
                : String.join(" + ", inUse)));
        text.append(String.format("%-10s %s%n", "configured", configured.isEmpty() ? "built-in only"
                : "built-in + " + configured + " (memory_provider in etc/hermod.agent.cfg)"));
        if (archive == null) {
            text.append(String.format("%-10s %s%n", "archive", "unknown: the built-in memory is not running"));
        } else {
            text.append(String.format(Locale.ROOT, "%-10s %,d changes of memory files, %,d profile changes%n", "archive",
                    archive.changes(), archive.profileChanges()));
            String vectors = archive.embeddingModel().isEmpty() ? "" : String.format(Locale.ROOT,
                    ", %,d of %,d texts embedded", archive.embedded(), archive.embeddable());
            text.append(String.format("%-10s %s%s%n", "recall", archive.recall(), vectors));
            if (!archive.problem().isEmpty()) text.append("  ✗ ").append(archive.problem()).append('\n');
        }
        problems.forEach(p -> text.append("  ✗ ").append(p).append('\n'));
        return text.toString();
    }

    static MemoryHealth health(MemoryProvider provider) {
        try {
            return provider.health();
        } catch (RuntimeException e) {
            return MemoryHealth.down("health check failed: " + e.getMessage());
        }
    }
}
