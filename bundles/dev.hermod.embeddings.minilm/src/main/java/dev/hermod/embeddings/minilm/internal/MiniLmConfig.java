package dev.hermod.embeddings.minilm.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The in-process embedding model: PID {@code hermod.embeddings.minilm} ({@code etc/hermod.embeddings.minilm.cfg}).
 * Keys use underscores: {@code max_batch}, {@code max_chars} (a double underscore in a method name is one
 * underscore in the key). Optional: without a configuration the defaults apply.
 */
@ObjectClassDefinition(name = "Hermod MiniLM embeddings",
        description = "all-MiniLM-L6-v2 text embeddings (384 dimensions), computed in-process on ONNX Runtime.")
public @interface MiniLmConfig {

    @AttributeDefinition(name = "Max batch", description = "Texts handed to the model at once; a longer list is"
            + " embedded in chunks of this size, in order. Bounds the memory one call can take.")
    int max__batch() default 64;

    @AttributeDefinition(name = "Max characters", description = "Characters of each text that are embedded; the rest"
            + " is cut off. The model itself reads only the first 128 word pieces (about 90 English words).")
    int max__chars() default 2000;

    @AttributeDefinition(name = "Threads", description = "ONNX Runtime threads inside one inference; 0 lets"
            + " ONNX Runtime choose (one per core). Texts of one batch also run in parallel, one per core.")
    int threads() default 0;
}
