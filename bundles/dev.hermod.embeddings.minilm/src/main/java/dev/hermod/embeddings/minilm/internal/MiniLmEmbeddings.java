package dev.hermod.embeddings.minilm.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

import dev.hermod.api.embedding.EmbeddingModel;

/**
 * all-MiniLM-L6-v2 in this process, on ONNX Runtime, through LangChain4j: no network, no key. The service
 * is registered at once; the model loads in the background and the first {@code embed} waits for it.
 */
@Component(service = EmbeddingModel.class, immediate = true, configurationPid = MiniLmEmbeddings.PID)
@Designate(ocd = MiniLmConfig.class)
public final class MiniLmEmbeddings implements EmbeddingModel {
    static final String PID = "hermod.embeddings.minilm";
    static final String ID = "all-minilm-l6-v2";
    static final int DIMENSIONS = 384;
    private static final long LOAD_WAIT_SECONDS = 120;

    private final ClassLoader bundle = MiniLmEmbeddings.class.getClassLoader();
    private final int maxBatch;
    private final int maxChars;
    private final CompletableFuture<LoadedModel> model;

    @Activate
    public MiniLmEmbeddings(MiniLmConfig config) {
        maxBatch = atLeast(1, config.max__batch(), "max_batch");
        maxChars = atLeast(1, config.max__chars(), "max_chars");
        model = new ModelLoader(bundle, atLeast(0, config.threads(), "threads")).start();
    }

    @Deactivate
    void deactivate() {
        model.thenAccept(LoadedModel::close); // now, or as soon as a load still running ends
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<String> prepared = Texts.prepared(Objects.requireNonNull(texts, "texts"), maxChars);
        if (prepared.isEmpty()) {
            return List.of();
        }
        LoadedModel loaded = awaitModel();
        List<float[]> vectors = new ArrayList<>(prepared.size());
        for (int from = 0; from < prepared.size(); from += maxBatch) {
            List<String> chunk = prepared.subList(from, Math.min(prepared.size(), from + maxBatch));
            vectors.addAll(ContextClassLoader.callWith(bundle, () -> loaded.embed(chunk)));
        }
        return List.copyOf(vectors);
    }

    private LoadedModel awaitModel() {
        try {
            return model.get(LOAD_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw LoadFailure.explain(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The all-MiniLM-L6-v2 embedding model is still loading after "
                    + LOAD_WAIT_SECONDS + " s; the machine may be short of memory (it needs about 700 MB)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the all-MiniLM-L6-v2 model to load", e);
        }
    }

    private static int atLeast(int minimum, int value, String key) {
        if (value < minimum) {
            throw new IllegalArgumentException(PID + ": " + key + " must be at least " + minimum + ", not " + value
                    + "; fix it in etc/" + PID + ".cfg");
        }
        return value;
    }
}
