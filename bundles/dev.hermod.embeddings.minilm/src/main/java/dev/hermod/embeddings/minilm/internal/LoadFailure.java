package dev.hermod.embeddings.minilm.internal;

/** Why the model did not load, in words that say what to do. */
final class LoadFailure {
    private LoadFailure() { }

    static IllegalStateException explain(Throwable cause) {
        return new IllegalStateException("The all-MiniLM-L6-v2 embedding model failed to load: " + cause + ". "
                + advice(cause), cause);
    }

    private static String advice(Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        if (cause instanceof UnsatisfiedLinkError && message.contains("another classloader")) {
            // the JVM lets one class loader hold a native library; a bundle update makes a new loader
            return "An earlier copy of this bundle still holds its native libraries in this JVM:"
                    + " restart Hermod after updating or reinstalling the embeddings bundle.";
        }
        if (cause instanceof LinkageError) {
            return "This bundle ships ONNX Runtime and the tokenizer for Linux x64, macOS arm64 and Windows x64;"
                    + " this machine is " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                    + ". The log has the details.";
        }
        return "The log has the details.";
    }
}
