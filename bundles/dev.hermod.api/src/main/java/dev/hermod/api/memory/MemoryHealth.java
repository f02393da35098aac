package dev.hermod.api.memory;

import java.util.Objects;

/**
 * Whether a memory provider can serve.
 *
 * @param state up, degraded (serving with a problem) or down
 * @param detail what is wrong and how to fix it; empty when up
 */
public record MemoryHealth(State state, String detail) {
    /** The provider's condition. */
    public enum State { UP, DEGRADED, DOWN }

    public MemoryHealth {
        Objects.requireNonNull(state, "state");
        detail = detail == null ? "" : detail;
    }

    public static MemoryHealth up() { return new MemoryHealth(State.UP, ""); }
    public static MemoryHealth degraded(String detail) { return new MemoryHealth(State.DEGRADED, detail); }
    public static MemoryHealth down(String detail) { return new MemoryHealth(State.DOWN, detail); }
}
