package dev.hermod.memory.builtin.internal;

import java.util.Arrays;
import java.util.Optional;

/** The two built-in memory files. */
enum MemoryTarget {
    /** The agent's own notes: environment facts, conventions, lessons learned. */
    MEMORY("memory", "MEMORY.md", "MEMORY (agent notes)"),
    /** What the agent knows about the person: preferences, habits, context. */
    USER("user", "USER.md", "USER (about the user)");

    private final String id;
    private final String fileName;
    private final String title;

    MemoryTarget(String id, String fileName, String title) {
        this.id = id;
        this.fileName = fileName;
        this.title = title;
    }

    /** The name the tool's {@code target} argument uses. */
    String id() { return id; }

    String fileName() { return fileName; }

    /** The section title in the system prompt. */
    String title() { return title; }

    static Optional<MemoryTarget> of(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
