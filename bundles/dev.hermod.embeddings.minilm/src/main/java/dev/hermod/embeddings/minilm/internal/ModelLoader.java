package dev.hermod.embeddings.minilm.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/** Loads the model from this bundle on a thread of its own: about 3 s that activation does not wait for. */
final class ModelLoader {
    private static final System.Logger LOG = System.getLogger(ModelLoader.class.getName());
    static final String MODEL = "all-minilm-l6-v2.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-tokenizer.json";
    /** What LangChain4j's own all-MiniLM model passes: no padding, the tokenizer file's truncation (128). */
    private static final Map<String, String> TOKENIZER_OPTIONS = Map.of("padding", "false");

    private final ClassLoader bundle;
    private final int threads;

    ModelLoader(ClassLoader bundle, int threads) {
        this.bundle = bundle;
        this.threads = threads;
    }

    CompletableFuture<LoadedModel> start() {
        CompletableFuture<LoadedModel> result = new CompletableFuture<>();
        Thread.ofPlatform().name("hermod-minilm-loader").daemon().start(() -> {
            try {
                result.complete(ContextClassLoader.callWith(bundle, this::load));
            } catch (Throwable e) { // UnsatisfiedLinkError on a platform without natives, too
                LOG.log(System.Logger.Level.ERROR, "all-MiniLM-L6-v2 failed to load", e);
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private LoadedModel load() {
        DjlDefaults.apply();
        long started = System.nanoTime();
        byte[] tokenizerJson = resource(TOKENIZER);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session = session(environment, resource(MODEL));
        ExecutorService workers = Workers.start(bundle);
        try {
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session,
                    new ByteArrayInputStream(tokenizerJson), PoolingMode.MEAN);
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(
                    new ByteArrayInputStream(tokenizerJson), TOKENIZER_OPTIONS);
            float[] emptyText = EmptyText.vector(environment, session, tokenizer);
            LoadedModel loaded = new LoadedModel(session, tokenizer, emptyText, workers,
                    new SessionEmbeddingModel(encoder, workers));
            LOG.log(System.Logger.Level.INFO, "all-MiniLM-L6-v2 loaded in {0} ms (ONNX Runtime {1})",
                    (System.nanoTime() - started) / 1_000_000, environment.getVersion());
            return loaded;
        } catch (IOException | OrtException | RuntimeException | Error e) {
            workers.shutdownNow();
            closeQuietly(session);
            if (e instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.toString(), e);
        }
    }

    private OrtSession session(OrtEnvironment environment, byte[] model) {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (threads > 0) {
                options.setIntraOpNumThreads(threads);
            }
            // ONNX Runtime's pool otherwise spins for a while after each inference: on a small machine
            // that burns the cores the agent needs right then (the skill scan that follows a task's
            // embedding ran at half speed beside it).
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            return environment.createSession(model, options);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot open " + MODEL + ": " + e.getMessage(), e);
        }
    }

    private byte[] resource(String name) {
        try (InputStream in = bundle.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the bundle: rebuild it with its bnd.bnd");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + " from the bundle", e);
        }
    }

    private static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException e) {
            LOG.log(System.Logger.Level.DEBUG, "Closing a half-loaded session failed", e);
        }
    }
}
