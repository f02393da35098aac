package dev.hermod.terminal.local.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import dev.hermod.api.terminal.BackgroundProcess;
import dev.hermod.api.terminal.TerminalException;

/** A background command on this host, its output kept in a ring buffer. Thread-safe. */
final class LocalBackgroundProcess implements BackgroundProcess {

    private final String id;
    private final String command;
    private final Instant startedAt = Instant.now();
    private final Process process;
    private final ProcessTree tree;
    private final OutputRing output;
    private final OutputPump pump;

    LocalBackgroundProcess(String id, String command, Process process, ProcessTree tree, int bufferChars) {
        this.id = id;
        this.command = command;
        this.process = process;
        this.tree = tree;
        this.output = new OutputRing(bufferChars);
        this.pump = OutputPump.start(process.getInputStream(), output, "hermod-terminal-" + id);
    }

    /** Kills the process once {@code timeout} has passed, unless it finished before. */
    void limitTo(Duration timeout) {
        Thread.ofVirtual().name("hermod-terminal-timeout-" + id).start(() -> {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override public String id() { return id; }
    @Override public String command() { return command; }
    @Override public Instant startedAt() { return startedAt; }
    @Override public boolean alive() { return process.isAlive(); }

    @Override
    public OptionalInt exitCode() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    @Override public String output(int maxChars) { return output.last(maxChars); }
    @Override public long outputLength() { return output.length(); }
    @Override public String outputSince(long from) { return output.since(from); }

    @Override
    public void write(String text) throws TerminalException {
        if (!process.isAlive()) throw new TerminalException(id + " has already exited; nothing can read its input");
        OutputStream stdin = process.getOutputStream();
        synchronized (stdin) {
            try {
                stdin.write(text.getBytes(StandardCharsets.UTF_8));
                stdin.flush();
            } catch (IOException e) {
                throw new TerminalException(id + " does not accept input any more (it closed its standard input)", e);
            }
        }
    }

    @Override
    public boolean waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS)) return false;
        pump.awaitEnd(Duration.ofMillis(500)); // let the last output arrive before the caller reads it
        return true;
    }

    @Override
    public void kill() {
        tree.kill(process);
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The process id, which is also its process group when the host has setsid. */
    long pid() { return process.pid(); }
}
