package dev.hermod.terminal.local.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Copies a process's output into a sink on a virtual thread, decoding UTF-8 (bad bytes become U+FFFD). */
final class OutputPump {

    private final CountDownLatch done = new CountDownLatch(1);

    private OutputPump() {}

    /** Starts copying {@code output} into {@code sink} until end of stream. */
    static OutputPump start(InputStream output, CharSink sink, String name) {
        OutputPump pump = new OutputPump();
        Thread.ofVirtual().name(name).start(() -> pump.copy(output, sink));
        return pump;
    }

    /**
     * Waits until the stream ended. It may not end when the command left a background child that
     * still holds the output pipe; the copy then goes on until that child exits.
     */
    boolean awaitEnd(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void copy(InputStream output, CharSink sink) {
        try (Reader reader = new InputStreamReader(output, StandardCharsets.UTF_8)) {
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) >= 0; ) sink.append(buffer, 0, n);
        } catch (IOException e) {
            // The stream was closed under us (process killed): the output so far is all there is.
        } finally {
            done.countDown();
        }
    }
}
