package dev.hermod.embeddings.minilm.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;

/**
 * A loaded model: the ONNX session and what runs on it. Embedding takes a read lock and closing the write
 * lock, so a stop never frees the native session under a running inference.
 */
final class LoadedModel implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LoadedModel.class.getName());

    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final SessionEmbeddingModel model;
    private final float[] emptyText;
    private final ExecutorService workers;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed; // guarded by lock

    LoadedModel(OrtSession session, HuggingFaceTokenizer tokenizer, float[] emptyText, ExecutorService workers,
                SessionEmbeddingModel model) {
        this.session = session;
        this.tokenizer = tokenizer;
        this.emptyText = emptyText;
        this.workers = workers;
        this.model = model;
    }

    /** One unit vector per text, in order. */
    List<float[]> embed(List<String> texts) {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("The MiniLM embedding model was stopped (bundle stopped or"
                        + " reconfigured): use the EmbeddingModel service registered now");
            }
            return embedOpen(texts);
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<float[]> embedOpen(List<String> texts) {
        float[][] vectors = new float[texts.size()][];
        List<TextSegment> segments = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (hasNoWords(texts.get(i))) {
                vectors[i] = emptyText;
            } else {
                segments.add(TextSegment.from(texts.get(i)));
                positions.add(i);
            }
        }
        if (!segments.isEmpty()) {
            List<Embedding> embeddings = run(segments);
            for (int j = 0; j < embeddings.size(); j++) {
                vectors[positions.get(j)] = embeddings.get(j).vector();
            }
        }
        return Arrays.stream(vectors).map(v -> Vectors.normalised(v, MiniLmEmbeddings.DIMENSIONS)).toList();
    }

    /** True for texts the tokenizer reduces to its start and end tokens only (blank, control characters). */
    private boolean hasNoWords(String text) {
        return text.isBlank() || tokenizer.encode(text).getIds().length <= 2;
    }

    private List<Embedding> run(List<TextSegment> segments) {
        try {
            return model.embedAll(segments).content();
        } catch (RuntimeException e) {
            throw new IllegalStateException("all-MiniLM-L6-v2 failed to embed " + segments.size() + " texts: " + e, e);
        }
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            workers.shutdownNow();
            tokenizer.close();
            session.close();
        } catch (OrtException e) {
            LOG.log(System.Logger.Level.WARNING, "Closing the MiniLM ONNX session failed", e);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
