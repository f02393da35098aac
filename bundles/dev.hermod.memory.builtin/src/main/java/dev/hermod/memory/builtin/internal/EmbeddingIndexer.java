package dev.hermod.memory.builtin.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import dev.hermod.api.embedding.EmbeddingModel;

/**
 * Embeds archive entries and past messages in the background, in batches, on its own thread:
 * what has no vector of the current model yet is embedded and cached in state.db, and held in
 * memory for search. Runs when asked (a model was bound, memory was written, recall ran) and stops
 * when it has caught up, the model goes away or the component is deactivated.
 */
final class EmbeddingIndexer implements AutoCloseable {

    static final int BATCH = 32;
    private static final Logger LOG = System.getLogger(EmbeddingIndexer.class.getName());

    private final VectorStore store;
    private final Supplier<EmbeddingModel> model;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("hermod-memory-embeddings").factory());
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile VectorIndex index;
    private volatile String problem = "";
    private volatile boolean closed;

    EmbeddingIndexer(VectorStore store, Supplier<EmbeddingModel> model) {
        this.store = store;
        this.model = model;
    }

    /** Asks for a run soon. Cheap: does nothing without a model or when a run is already queued. */
    void request() {
        if (closed || model.get() == null || !queued.compareAndSet(false, true)) return;
        try {
            executor.execute(this::run);
        } catch (RejectedExecutionException e) {
            queued.set(false); // closing
        }
    }

    /** The in-memory index of {@code m}, once loaded; empty while it loads or when it belongs to another model. */
    Optional<VectorIndex> ready(EmbeddingModel m) {
        VectorIndex current = index;
        return current != null && current.model().equals(m.id()) ? Optional.of(current) : Optional.empty();
    }

    /** What went wrong with the embedding model last; empty once it works again. */
    String problem() {
        return problem;
    }

    /** Records a failure of the model seen elsewhere (embedding a query). */
    void failed(RuntimeException e) {
        String message = "the embedding model failed (" + e.getMessage() + "); recall uses FTS5 alone meanwhile";
        if (!message.equals(problem)) LOG.log(Level.WARNING, message, e);
        problem = message;
    }

    @Override
    public void close() {
        closed = true;
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "The memory embedding thread did not stop within 5 s (a model call is running)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        queued.set(false);
        EmbeddingModel m = model.get();
        if (m == null || closed) return;
        try {
            VectorIndex current = current(m);
            while (!closed && model.get() == m && !Thread.currentThread().isInterrupted() && embedNext(m, current)) {
                // one batch per iteration, until nothing is left
            }
            problem = "";
        } catch (RuntimeException e) {
            if (!closed) failed(e);
        }
    }

    /** The index of {@code m}: loaded from the cache when new, else topped up with what other processes cached. */
    private VectorIndex current(EmbeddingModel m) {
        VectorIndex current = index;
        if (current == null || !current.model().equals(m.id()) || current.dimensions() != m.dimensions()) {
            current = new VectorIndex(m.id(), m.dimensions());
            store.load(m.id(), 0, 0).forEach(current::add);
            index = current;
        } else {
            store.load(m.id(), current.watermark(VectorKind.ARCHIVE), current.watermark(VectorKind.MESSAGE))
                    .forEach(current::add);
        }
        return current;
    }

    /** Embeds the next batch; false when there was nothing left. */
    private boolean embedNext(EmbeddingModel m, VectorIndex current) {
        for (VectorKind kind : VectorKind.values()) {
            List<VectorStore.Pending> batch = store.pending(kind, current.watermark(kind), BATCH);
            if (batch.isEmpty()) continue;
            List<float[]> vectors = m.embed(batch.stream().map(VectorStore.Pending::text).toList());
            check(m, batch.size(), vectors);
            store.insert(m.id(), batch, vectors);
            for (int i = 0; i < batch.size(); i++) {
                VectorStore.Pending p = batch.get(i);
                current.add(new VectorIndex.Entry(kind, p.refId(), p.scope(), p.sessionId(), vectors.get(i)));
            }
            return true;
        }
        return false;
    }

    private static void check(EmbeddingModel m, int texts, List<float[]> vectors) {
        if (vectors.size() != texts) {
            throw new IllegalStateException("model " + m.id() + " returned " + vectors.size() + " vectors for " + texts
                    + " texts");
        }
        for (float[] v : vectors) {
            if (v.length != m.dimensions()) {
                throw new IllegalStateException("model " + m.id() + " returned a vector of length " + v.length
                        + " but declares " + m.dimensions() + " dimensions");
            }
        }
    }
}
