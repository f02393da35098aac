package dev.hermod.memory.builtin.internal;

import java.nio.file.Path;

/**
 * The built-in memory's settings, from {@link BuiltinMemoryConfig} or, in tests, from defaults.
 *
 * @param home the Hermod home (memories live in {@code home/memories})
 * @param stateFile the SQLite file of the archive, the profile log and the vector cache
 * @param limits the pinned files' limits
 * @param enabled false: no prompt block, no recall, no tools
 * @param busyTimeoutMs how long a write waits for another connection's lock
 * @param profileChars the most characters of the profile in the prompt
 * @param embeddings whether recall uses an embedding model when one is registered
 * @param minSimilarity the least cosine similarity of a find by meaning
 * @param semanticHits the most finds by meaning per recall
 * @param sharedAgentNotes true: one MEMORY.md for everyone; false: each gateway user has their own
 */
record BuiltinSettings(Path home, Path stateFile, MemoryLimits limits, boolean enabled, int busyTimeoutMs,
        int profileChars, boolean embeddings, double minSimilarity, int semanticHits, boolean sharedAgentNotes) {

    static BuiltinSettings of(Path home, BuiltinMemoryConfig config) {
        return new BuiltinSettings(home, home.resolve(config.state__path().isBlank() ? "state.db" : config.state__path()),
                new MemoryLimits(config.memory__char__limit(), config.user__char__limit()), config.enabled(),
                config.busy__timeout__ms(), Math.max(0, config.profile__char__limit()), config.embedding__recall(),
                config.embedding__min__similarity(), Math.max(0, config.embedding__hits()),
                config.shared__agent__notes());
    }

    /** The defaults on {@code home}, with these limits and switch. */
    static BuiltinSettings defaults(Path home, MemoryLimits limits, boolean enabled) {
        return new BuiltinSettings(home, home.resolve("state.db"), limits, enabled, 5000, 800, true, 0.3, 8, false);
    }

    BuiltinSettings withEmbeddings(double floor, int hits) {
        return new BuiltinSettings(home, stateFile, limits, enabled, busyTimeoutMs, profileChars, true, floor, hits,
                sharedAgentNotes);
    }

    BuiltinSettings withSharedAgentNotes(boolean shared) {
        return new BuiltinSettings(home, stateFile, limits, enabled, busyTimeoutMs, profileChars, embeddings,
                minSimilarity, semanticHits, shared);
    }
}
