package dev.hermod.embeddings.minilm.internal;

import java.util.function.Supplier;

/**
 * Runs work with this bundle's class loader as the thread context class loader. DJL finds its native
 * tokenizer and its platform file through the context loader, which the Hermod launcher clears (and
 * which, in Felix, is never this bundle's loader): without this the tokenizer cannot load.
 */
final class ContextClassLoader {
    private ContextClassLoader() { }

    static <T> T callWith(ClassLoader loader, Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
