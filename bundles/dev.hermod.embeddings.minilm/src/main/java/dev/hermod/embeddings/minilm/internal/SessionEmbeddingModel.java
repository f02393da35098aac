package dev.hermod.embeddings.minilm.internal;

import java.util.concurrent.Executor;

import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;

/**
 * LangChain4j's in-process embedding model over an encoder this bundle built. LangChain4j's own
 * {@code AllMiniLmL6V2EmbeddingModel} loads the model into a static field on first use, through the
 * context class loader, with no way to free it or to set ONNX Runtime's threads: building the session
 * here lets a reconfiguration or a stop close it.
 */
final class SessionEmbeddingModel extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    SessionEmbeddingModel(OnnxBertBiEncoder encoder, Executor workers) {
        super(workers);
        this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return MiniLmEmbeddings.DIMENSIONS;
    }
}
