package dev.hermod.embeddings.minilm.internal;

/** Vector checks the {@code EmbeddingModel} contract needs. */
final class Vectors {
    private Vectors() { }

    /**
     * Returns the vector scaled to unit length. LangChain4j already normalises; this makes the
     * contract hold whatever a future version does, and catches a broken model run.
     */
    static float[] normalised(float[] vector, int dimensions) {
        if (vector.length != dimensions) {
            throw new IllegalStateException("The embedding model returned " + vector.length
                    + " dimensions instead of " + dimensions + ": the bundle's model file does not match its code");
        }
        double sum = 0;
        for (float v : vector) {
            sum += (double) v * v;
        }
        double norm = Math.sqrt(sum);
        if (!(norm > 0) || Double.isInfinite(norm)) {
            throw new IllegalStateException("The embedding model returned a vector of length " + norm
                    + ", which cannot be normalised");
        }
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }
}
