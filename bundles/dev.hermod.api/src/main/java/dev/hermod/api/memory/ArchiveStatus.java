package dev.hermod.api.memory;

/**
 * The state of the built-in memory's archive and recall, for status displays.
 *
 * @param changes rows in the archive of memory-file changes
 * @param profileChanges rows in the user-profile change log
 * @param embeddingModel the id of the embedding model recall uses; empty when recall is FTS5 only
 * @param embedded texts with a cached vector of that model (0 without one)
 * @param embeddable texts recall can search (archive entries and past user and assistant messages)
 * @param problem what is wrong with recall now (for example a failing embedding model); empty when nothing is
 */
public record ArchiveStatus(long changes, long profileChanges, String embeddingModel, long embedded, long embeddable,
                            String problem) {
    public ArchiveStatus {
        embeddingModel = embeddingModel == null ? "" : embeddingModel;
        problem = problem == null ? "" : problem;
    }

    /** {@code FTS5} or {@code FTS5 + embeddings (all-minilm-l6-v2)}. */
    public String recall() {
        return embeddingModel.isEmpty() ? "FTS5" : "FTS5 + embeddings (" + embeddingModel + ")";
    }
}
