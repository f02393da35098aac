package dev.hermod.gateway.cli.internal;

import java.util.List;

import dev.hermod.api.memory.PinnedFile;

/** How /memory shows the pinned files: each with its fill level, then its entries. */
final class PinnedListing {
    private PinnedListing() {}

    static String describe(List<PinnedFile> files) {
        StringBuilder text = new StringBuilder();
        for (PinnedFile file : files) {
            text.append(file.name()).append("  ").append(file.fill()).append('\n');
            if (!file.exists()) {
                text.append("  (not created yet)\n");
            } else if (file.entries().isEmpty()) {
                text.append("  (empty)\n");
            } else {
                for (int i = 0; i < file.entries().size(); i++) {
                    if (i > 0) text.append("  §\n");
                    file.entries().get(i).strip().lines().forEach(line -> text.append("  ").append(line).append('\n'));
                }
            }
        }
        return text.toString();
    }
}
