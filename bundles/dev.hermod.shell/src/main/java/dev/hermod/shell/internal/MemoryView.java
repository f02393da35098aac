package dev.hermod.shell.internal;

import java.util.List;

import dev.hermod.api.memory.MemoryHealth;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.api.memory.PinnedFile;

/** How {@code hermod:memory} prints: the providers with their health, then the memory files' fill levels. */
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

    static MemoryHealth health(MemoryProvider provider) {
        try {
            return provider.health();
        } catch (RuntimeException e) {
            return MemoryHealth.down("health check failed: " + e.getMessage());
        }
    }
}
