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

    @AttributeDefinition(name = "Profile limit",
            description = "The most characters of the user profile shown in the system prompt; facts beyond it are"
                    + " counted, not shown.", min = "0")
    int profile__char__limit() default 800;

    @AttributeDefinition(name = "Recall by embeddings",
            description = "When an embedding model service is registered, embed archive entries and past messages"
                    + " in the background and fuse recall by meaning with full-text recall. False: FTS5 only.")
    boolean embedding__recall() default true;

    @AttributeDefinition(name = "Least similarity",
            description = "The least cosine similarity (-1..1) a text needs to be recalled by meaning.")
    double embedding__min__similarity() default 0.3;

    @AttributeDefinition(name = "Finds by meaning",
            description = "The most texts recall by meaning adds per message (before fusion and the token budget).",
            min = "0")
    int embedding__hits() default 8;

    @AttributeDefinition(name = "Shared agent notes",
            description = "False (secure default): each gateway user has their own MEMORY.md"
                    + " (memories/users/<platform>/<user>/MEMORY.md) and never sees what the agent noted while"
                    + " talking to someone else; the local user keeps memories/MEMORY.md. True (for a team): one"
                    + " MEMORY.md and its archive are shared by everyone on this home. USER.md is per person either way.")
    boolean shared__agent__notes() default false;
}
