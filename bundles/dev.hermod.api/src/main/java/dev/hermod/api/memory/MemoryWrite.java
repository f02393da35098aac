package dev.hermod.api.memory;

import java.util.Objects;

/**
 * One change to the built-in memory files.
 *
 * @param action add, replace, remove or consolidate
 * @param target which file: {@code memory} (MEMORY.md) or {@code user} (USER.md)
 * @param content the new entry text (empty for remove)
 * @param oldText the entry text replaced or removed (empty for add)
 */
public record MemoryWrite(Action action, String target, String content, String oldText) {
    /**
     * What was done. {@code CONSOLIDATE} is not sent by the built-in memory: a consolidation is
     * passed on as the REMOVE and ADD writes of the entries it changed.
     */
    public enum Action { ADD, REPLACE, REMOVE, CONSOLIDATE }

    public MemoryWrite {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        content = content == null ? "" : content;
        oldText = oldText == null ? "" : oldText;
    }
}
