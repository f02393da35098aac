package dev.hermod.skills.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Optional;

import dev.hermod.api.embedding.EmbeddingModel;

/**
 * The real all-MiniLM-L6-v2 model for the match bench, when bundles/dev.hermod.embeddings.minilm's jar
 * is on the classpath; constructed as the DS runtime would, with its default configuration. Looked up
 * by name so the bench builds and runs without it.
 */
final class MiniLm {

    static final String COMPONENT = "dev.hermod.embeddings.minilm.internal.MiniLmEmbeddings";

    private MiniLm() {
    }

    /** The model, or empty (with the reason on stdout) when its jar is not on the classpath. */
    static Optional<EmbeddingModel> load() {
        Class<?> type;
        try {
            type = Class.forName(COMPONENT);
        } catch (ClassNotFoundException e) {
            System.out.println("\nhybrid matching: not measured, " + COMPONENT + " is not on the classpath (build "
                    + "bundles/dev.hermod.embeddings.minilm: ./mvnw -o -pl bundles/dev.hermod.embeddings.minilm install)");
            return Optional.empty();
        }
        try {
            Constructor<?> constructor = type.getConstructors()[0];
            Class<?> configType = constructor.getParameterTypes()[0];
            Object config = Proxy.newProxyInstance(configType.getClassLoader(), new Class<?>[] {configType},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "annotationType" -> configType;
                        case "hashCode" -> 0;
                        case "equals" -> proxy == args[0];
                        case "toString" -> configType.getSimpleName();
                        default -> method.getDefaultValue();
                    });
            return Optional.of((EmbeddingModel) constructor.newInstance(config));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot construct " + COMPONENT + ": " + e, e);
        }
    }

    /** Calls the component's deactivate method (frees the ONNX session). */
    static void close(EmbeddingModel model) {
        try {
            Method deactivate = model.getClass().getDeclaredMethod("deactivate");
            deactivate.setAccessible(true);
            deactivate.invoke(model);
        } catch (ReflectiveOperationException e) {
            System.out.println("could not deactivate the model: " + e);
        }
    }
}
