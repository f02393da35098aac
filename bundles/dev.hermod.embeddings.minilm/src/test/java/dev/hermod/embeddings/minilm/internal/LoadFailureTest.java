package dev.hermod.embeddings.minilm.internal;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoadFailureTest {

    @Test
    void nativesHeldByAnEarlierCopyOfTheBundleAskForARestart() {
        UnsatisfiedLinkError cause = new UnsatisfiedLinkError(
                "Native Library /root/.djl.ai/tokenizers/libtokenizers.so already loaded in another classloader");
        IllegalStateException e = LoadFailure.explain(cause);
        assertTrue(e.getMessage().contains("restart Hermod after updating or reinstalling"), e.getMessage());
        assertSame(cause, e.getCause());
    }

    @Test
    void missingNativesNameThePlatformsTheBundleCovers() {
        String message = LoadFailure.explain(new UnsatisfiedLinkError("no onnxruntime in java.library.path")).getMessage();
        assertTrue(message.contains("Linux x64, macOS arm64 and Windows x64"), message);
        assertTrue(message.contains("this machine is " + System.getProperty("os.name")), message);
    }

    @Test
    void otherFailuresPointToTheLog() {
        String message = LoadFailure.explain(new IllegalStateException("disk full")).getMessage();
        assertTrue(message.endsWith("disk full. The log has the details."), message);
    }
}
