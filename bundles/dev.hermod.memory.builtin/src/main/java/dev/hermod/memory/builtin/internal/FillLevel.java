package dev.hermod.memory.builtin.internal;

import java.util.Locale;

/**
 * How full a memory file is.
 *
 * @param used characters in use
 * @param limit the file's limit in characters
 */
record FillLevel(int used, int limit) {

    /** From this fill level on, results advise consolidating. */
    static final int WARN_PERCENT = dev.hermod.api.memory.PinnedFile.NEARLY_FULL_PERCENT;

    int percent() {
        return limit <= 0 ? 100 : (int) Math.round(100.0 * used / limit);
    }

    boolean nearlyFull() {
        return percent() >= WARN_PERCENT;
    }

    /** {@code 1,234/2,200 chars}. */
    String chars() {
        return String.format(Locale.ROOT, "%,d/%,d chars", used, limit);
    }

    /** {@code 1,234/2,200 chars, 56%}. */
    @Override
    public String toString() {
        return chars() + ", " + percent() + "%";
    }
}
