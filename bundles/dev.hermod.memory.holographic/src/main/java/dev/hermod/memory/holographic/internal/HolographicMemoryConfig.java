package dev.hermod.memory.holographic.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the holographic memory (PID {@code hermod.memory.holographic}); configuring it turns it on. */
@ObjectClassDefinition(name = "Hermod holographic memory",
        description = "Local fact store: SQLite + FTS5, entity links, trust scores and holographic vectors.")
public @interface HolographicMemoryConfig {

    @AttributeDefinition(name = "Database path",
            description = "The SQLite file. Empty for $HERMOD_HOME/holographic.db; a relative path is resolved"
                    + " against the Hermod home.")
    String db__path() default "";

    @AttributeDefinition(name = "Initial trust", description = "Trust of a new fact, 0..1.")
    double trust__default() default 0.5;

    @AttributeDefinition(name = "Helpful step", description = "Trust added when the model reports a fact helpful.")
    double trust__helpful__delta() default 0.05;

    @AttributeDefinition(name = "Unhelpful step", description = "Trust taken away when a fact is reported unhelpful.")
    double trust__unhelpful__delta() default 0.10;

    @AttributeDefinition(name = "Trust threshold", description = "Facts with less trust are never recalled.")
    double trust__threshold() default 0.3;

    @AttributeDefinition(name = "Full-text weight", description = "Weight of the BM25 score (normalised 0..1).")
    double weight__fts() default 0.4;

    @AttributeDefinition(name = "Jaccard weight", description = "Weight of the word-set overlap between query and fact.")
    double weight__jaccard() default 0.3;

    @AttributeDefinition(name = "HRR weight", description = "Weight of the holographic vector similarity.")
    double weight__hrr() default 0.3;

    @AttributeDefinition(name = "Vector dimension",
            description = "Length of the phase vectors (64..8192). Changing it re-encodes stored facts when read.")
    int dimension() default 1024;

    @AttributeDefinition(name = "Temporal decay (days)",
            description = "Half-life in days of a fact's score since its last change; 0 turns decay off.")
    double temporal__decay__days() default 0;

    @AttributeDefinition(name = "Recall limit", description = "The most facts added to a message by prefetch (1..100).")
    int recall__limit() default 8;
}
