package dev.hermod.memory.builtin.internal;

import java.util.ArrayList;
import java.util.List;

/** The memory block of the system prompt: one titled section per non-empty file, then the user profile. */
final class PromptSnapshot {

    private PromptSnapshot() {}

    /**
     * The block for the files of {@code scope} as they are now, followed by {@code profile} (the
     * rendered profile section, or empty); empty when all are empty.
     */
    static String take(MemoryStore store, MemoryScope scope, MemoryLimits limits, String profile) {
        List<String> sections = new ArrayList<>();
        for (MemoryTarget target : MemoryTarget.values()) {
            List<String> entries = store.entries(target, scope);
            if (entries.isEmpty()) continue;
            FillLevel fill = new FillLevel(EntryFormat.size(entries), limits.of(target));
            sections.add(target.title() + " [" + fill.chars() + "]\n" + EntryFormat.format(entries).stripTrailing());
        }
        if (!profile.isEmpty()) sections.add(profile);
        return String.join("\n\n", sections);
    }
}
