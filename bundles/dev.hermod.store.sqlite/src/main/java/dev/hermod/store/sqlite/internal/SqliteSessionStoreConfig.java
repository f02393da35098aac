package dev.hermod.store.sqlite.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the SQLite session store (PID {@code hermod.store.sqlite}). */
@ObjectClassDefinition(name = "Hermod SQLite session store",
        description = "Where sessions and transcripts are stored, and how the database is opened.")
public @interface SqliteSessionStoreConfig {

    @AttributeDefinition(name = "Database path",
            description = "The SQLite file. Empty for $HERMOD_HOME/state.db; a relative path is resolved against"
                    + " the Hermod home.")
    String path() default "";

    @AttributeDefinition(name = "Busy timeout (ms)",
            description = "How long a statement waits for another connection's write lock before failing.", min = "100")
    int busy__timeout__ms() default 5000;

    @AttributeDefinition(name = "Read connections",
            description = "Read-only connections used alongside the single writer (WAL lets them run in parallel).",
            min = "1", max = "32")
    int read__connections() default 4;
}
