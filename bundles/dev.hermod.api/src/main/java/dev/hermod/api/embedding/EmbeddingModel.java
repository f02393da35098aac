package dev.hermod.api.embedding;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A text embedding model, registered as an OSGi service by an embedding bundle. Consumers bind it
 * dynamically and optionally: it may come and go while the agent runs. Thread-safe.
 */
@ConsumerType
public interface EmbeddingModel {

    /**
     * A stable identifier of the model and its weights ({@code all-minilm-l6-v2}). Vectors made
     * under different ids are not comparable: a consumer that caches vectors keys them by this id.
     */
    String id();

    /** The length of every vector this model returns. */
    int dimensions();

    /**
     * Embeds texts, one vector per text, in order. Vectors are L2-normalised, so the cosine
     * similarity of two vectors is their dot product.
     *
     * @throws IllegalStateException if the model cannot run; the message says why
     */
    List<float[]> embed(List<String> texts);

    /** Embeds one text. */
    default float[] embed(String text) {
        return embed(List.of(text)).get(0);
    }
}
