package dev.hermod.terminal.local.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.hermod.api.terminal.ExecResult;
import dev.hermod.api.terminal.TerminalException;

/** One foreground command: feed its stdin, collect its output within the cap, enforce its timeout. */
final class ForegroundRun {

    /** How long to wait for the output pipe to drain after the command exited. */
    private static final Duration DRAIN = Duration.ofMillis(500);

    private final ProcessTree tree;

    ForegroundRun(ProcessTree tree) { this.tree = tree; }

    /**
     * Runs the started process to completion or timeout. On interruption the process tree is killed
     * and the interrupt flag is kept.
     */
    ExecResult await(Process process, String stdin, Duration timeout, int maxChars) throws TerminalException {
        long started = System.nanoTime();
        HeadTailBuffer output = new HeadTailBuffer(maxChars);
        OutputPump pump = OutputPump.start(process.getInputStream(), output, "hermod-terminal-out-" + process.pid());
        feed(process, stdin);
        try {
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                tree.kill(process);
                process.waitFor(5, TimeUnit.SECONDS);
            }
            pump.awaitEnd(DRAIN);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            int exit = finished ? process.exitValue() : -1;
            return new ExecResult(exit, output.text(), output.truncated(), !finished, took);
        } catch (InterruptedException e) {
            tree.kill(process);
            Thread.currentThread().interrupt();
            throw new TerminalException("the command was cancelled; it and its children were killed");
        }
    }

    private static void feed(Process process, String stdin) {
        OutputStream in = process.getOutputStream();
        if (stdin == null || stdin.isEmpty()) {
            closeQuietly(in);
            return;
        }
        // A separate thread, so a command that writes a lot before reading cannot deadlock us.
        Thread.ofVirtual().name("hermod-terminal-in-" + process.pid()).start(() -> {
            try (in) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The command exited or closed its input before reading everything: that is its choice.
            }
        });
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // nothing to release
        }
    }
}
