package dev.hermod.memory.builtin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The memory block of the system prompt: one titled section per non-empty file, then the user profile. */
final class PromptSnapshot {

    private PromptSnapshot() {}

    /**
     * The block for {@code files} (the entries of each file as read now), followed by
     * {@code profile} (the rendered profile section, or empty); empty when all are empty.
     */
    static String take(Map<MemoryTarget, List<String>> files, MemoryLimits limits, String profile) {
        List<String> sections = new ArrayList<>();
        for (MemoryTarget target : MemoryTarget.values()) {
            List<String> entries = files.getOrDefault(target, List.of());
            if (entries.isEmpty()) continue;
            FillLevel fill = new FillLevel(EntryFormat.size(entries), limits.of(target));
            sections.add(target.title() + " [" + fill.chars() + "]\n" + EntryFormat.format(entries).stripTrailing());
        }
        if (!profile.isEmpty()) sections.add(profile);
        return String.join("\n\n", sections);
    }
}
