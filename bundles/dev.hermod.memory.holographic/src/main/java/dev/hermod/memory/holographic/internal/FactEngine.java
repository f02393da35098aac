package dev.hermod.memory.holographic.internal;

/** The open fact store: its write side and its read side. */
record FactEngine(FactMemory memory, FactRecall recall) {

    /** Gives the engine, or throws {@link IllegalStateException} saying why the store is not open. */
    @FunctionalInterface
    interface Access {
        FactEngine get();
    }
}
