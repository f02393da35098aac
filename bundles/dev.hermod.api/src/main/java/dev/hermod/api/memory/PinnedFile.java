package dev.hermod.api.memory;

import java.util.List;
import java.util.Objects;

/**
 * One pinned memory file.
 *
 * @param name the file name ({@code MEMORY.md}, {@code USER.md})
 * @param entries its entries, in order
 * @param chars its size in characters, as the limit counts it
 * @param limit the most characters it may hold
 * @param exists whether the file has been created yet
 */
public record PinnedFile(String name, List<String> entries, int chars, int limit, boolean exists) {
    public PinnedFile {
        Objects.requireNonNull(name, "name");
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** From this fill level on (in percent) a file is nearly full: the agent is told to consolidate it. */
    public static final int NEARLY_FULL_PERCENT = 80;

    /** How full it is, in whole percent. */
    public int percent() { return limit <= 0 ? 0 : (int) Math.round(100.0 * chars / limit); }

    /** Whether it is at {@link #NEARLY_FULL_PERCENT} or more of its limit. */
    public boolean nearlyFull() { return limit > 0 && percent() >= NEARLY_FULL_PERCENT; }

    /** {@code 1,234/2,200 chars (56%)}. */
    public String fill() { return String.format("%,d/%,d chars (%d%%)", chars, limit, percent()); }
}
