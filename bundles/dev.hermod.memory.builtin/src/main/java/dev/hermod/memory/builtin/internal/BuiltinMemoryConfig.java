package dev.hermod.memory.builtin.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the built-in memory (PID {@code hermod.memory.builtin}). */
@ObjectClassDefinition(name = "Hermod built-in memory",
        description = "MEMORY.md and USER.md in $HERMOD_HOME/memories, shown in every system prompt, over an"
                + " append-only archive in state.db that recall searches.")
public @interface BuiltinMemoryConfig {

    @AttributeDefinition(name = "MEMORY.md limit",
            description = "The most characters MEMORY.md (the agent's notes) may hold; writes beyond it are refused.",
            min = "1")
    int memory__char__limit() default 2200;

    @AttributeDefinition(name = "USER.md limit",
            description = "The most characters USER.md (about the user) may hold; writes beyond it are refused.", min = "1")
    int user__char__limit() default 1375;

    @AttributeDefinition(name = "Enabled",
            description = "When false the memory block is empty, the memory tool is withdrawn and health() says why.")
    boolean enabled() default true;

    @AttributeDefinition(name = "State database",
            description = "The SQLite file holding the memory archive and the session store's transcripts; empty"
                    + " means $HERMOD_HOME/state.db, a relative path resolves against the home. Keep it the same"
                    + " file as 'path' of hermod.store.sqlite, or recall cannot see past sessions.")
    String state__path() default "";

    @AttributeDefinition(name = "Busy timeout (ms)",
            description = "How long an archive write waits for another connection's write lock on the database.",
            min = "0")
    int busy__timeout__ms() default 5000;
}
