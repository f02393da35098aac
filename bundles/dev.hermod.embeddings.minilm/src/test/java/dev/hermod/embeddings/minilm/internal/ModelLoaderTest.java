package dev.hermod.embeddings.minilm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ModelLoaderTest {

    @Test
    void aBundleWithoutTheModelFailsToLoadAndSaysWhy() {
        ClassLoader empty = new ClassLoader(null) { };
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> new ModelLoader(empty, 0).start().get(30, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertEquals("all-minilm-l6-v2-tokenizer.json is missing from the bundle: rebuild it with its bnd.bnd",
                e.getCause().getMessage());
    }

    @Test
    void aNonsensicalConfigurationIsRefusedBeforeAnythingLoads() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MiniLmEmbeddings(Configs.miniLm(Map.of("max__batch", 0))));
        assertTrue(e.getMessage().contains("max_batch must be at least 1"), e.getMessage());
    }
}
