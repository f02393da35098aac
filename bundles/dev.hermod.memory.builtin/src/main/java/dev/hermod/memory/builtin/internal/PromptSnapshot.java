package dev.hermod.memory.builtin.internal;

import java.util.ArrayList;
import java.util.List;

/** The memory block of the system prompt: one titled section per non-empty file. */
final class PromptSnapshot {

    private PromptSnapshot() {}

    /** The block for the files of {@code scope} as they are now; empty when both are empty. */
    static String take(MemoryStore store, MemoryScope scope, MemoryLimits limits) {
        List<String> sections = new ArrayList<>();
        for (MemoryTarget target : MemoryTarget.values()) {
            List<String> entries = store.entries(target, scope);
            if (entries.isEmpty()) continue;
            FillLevel fill = new FillLevel(EntryFormat.size(entries), limits.of(target));
            sections.add(target.title() + " [" + fill.chars() + "]\n" + EntryFormat.format(entries).stripTrailing());
        }
        return String.join("\n\n", sections);
    }
}
