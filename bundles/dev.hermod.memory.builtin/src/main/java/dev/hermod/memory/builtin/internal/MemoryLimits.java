package dev.hermod.memory.builtin.internal;

/**
 * The size limits of the two files, in characters.
 *
 * @param memory the limit of MEMORY.md
 * @param user the limit of USER.md
 */
record MemoryLimits(int memory, int user) {

    static final MemoryLimits DEFAULTS = new MemoryLimits(2200, 1375);

    MemoryLimits {
        if (memory < 1 || user < 1) {
            throw new IllegalArgumentException("memory_char_limit and user_char_limit in hermod.memory.builtin must be"
                    + " at least 1 (got " + memory + " and " + user + ").");
        }
    }

    int of(MemoryTarget target) {
        return target == MemoryTarget.MEMORY ? memory : user;
    }
}
