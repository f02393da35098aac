package dev.hermod.memory.holographic.internal;

import java.nio.file.Path;

/**
 * The validated configuration.
 *
 * @param database the SQLite file
 * @param dimension HRR vector length
 * @param recallLimit most facts prefetch recalls
 */
record MemorySettings(Path database, TrustPolicy trust, Weights weights, int dimension, int recallLimit) {

    MemorySettings {
        if (dimension < 64 || dimension > 8192) {
            throw new IllegalArgumentException("dimension must be between 64 and 8192, not " + dimension
                    + " (1024 is the default).");
        }
        if (recallLimit < 1 || recallLimit > 100) {
            throw new IllegalArgumentException("recall_limit must be between 1 and 100, not " + recallLimit + ".");
        }
    }

    static MemorySettings defaults(Path database) {
        return new MemorySettings(database, TrustPolicy.DEFAULTS, Weights.DEFAULTS, 1024, 8);
    }

    /** From the configuration; {@code home} resolves an empty or relative db_path. */
    static MemorySettings of(HolographicMemoryConfig config, Path home) {
        String path = config.db__path() == null ? "" : config.db__path().trim();
        Path database = path.isEmpty() ? home.resolve("holographic.db") : home.resolve(path);
        return new MemorySettings(database,
                new TrustPolicy(config.trust__default(), config.trust__helpful__delta(),
                        config.trust__unhelpful__delta(), config.trust__threshold()),
                new Weights(config.weight__fts(), config.weight__jaccard(), config.weight__hrr(),
                        config.temporal__decay__days()),
                config.dimension(), config.recall__limit());
    }
}
