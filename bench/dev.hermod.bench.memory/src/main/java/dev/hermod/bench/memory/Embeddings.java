package dev.hermod.bench.memory;

import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.Optional;

import dev.hermod.api.embedding.EmbeddingModel;

/**
 * The real all-MiniLM-L6-v2 model of {@code dev.hermod.embeddings.minilm}, when its jar is on the
 * classpath (bench/memory-recall adds it when it is built). Constructed as the DS runtime would,
 * with the default configuration; the component sets the context class loader itself around the
 * model's calls. Looked up by name so the bench builds and runs without it.
 */
final class Embeddings {

    static final String COMPONENT = "dev.hermod.embeddings.minilm.internal.MiniLmEmbeddings";

    private Embeddings() {}

    /** The model, or empty (with the reason on stderr) when its jar is not on the classpath. */
    static Optional<EmbeddingModel> minilm() {
        Class<?> type;
        try {
            type = Class.forName(COMPONENT);
        } catch (ClassNotFoundException e) {
            System.err.println("embeddings: not measured, " + COMPONENT + " is not on the classpath (build"
                    + " bundles/dev.hermod.embeddings.minilm: ./mvnw -o -pl bundles/dev.hermod.embeddings.minilm install)");
            return Optional.empty();
        }
        try {
            Constructor<?> constructor = type.getConstructors()[0];
            Object config = Configs.of(constructor.getParameterTypes()[0], Map.of());
            return Optional.of((EmbeddingModel) constructor.newInstance(config));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot construct " + COMPONENT + ": " + e, e);
        }
    }

    /** Deactivates the model's component (frees the ONNX session). */
    static void close(EmbeddingModel model) {
        Configs.deactivate(model, "deactivate");
    }
}
