package dev.hermod.memory.builtin.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the built-in memory (PID {@code hermod.memory.builtin}). */
@ObjectClassDefinition(name = "Hermod built-in memory",
        description = "MEMORY.md and USER.md in $HERMOD_HOME/memories, shown in every system prompt.")
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
}
