package dev.hermod.gateway.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** A console over plain streams: piped standard input, and tests. Answers are whole lines. */
final class StreamConsole implements ChatConsole {
    private final BufferedReader in;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean interactive;
    private final boolean canAsk;

    StreamConsole(Reader in, PrintWriter out, PrintWriter err, boolean interactive, boolean canAsk) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in);
        this.out = out;
        this.err = err;
        this.interactive = interactive;
        this.canAsk = canAsk;
    }

    @Override
    public String readLine(String prompt) {
        if (interactive) {
            out.print(prompt);
            out.flush();
        }
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }

    @Override
    public Optional<String> readAnswer(Duration wait, BooleanSupplier abandon) {
        if (!canAsk || abandon.getAsBoolean()) return Optional.empty();
        String line = readLine("");
        return Optional.of(line == null ? "" : line);
    }

    @Override public PrintWriter out() { return out; }

    @Override public PrintWriter err() { return err; }

    @Override public Style style() { return Style.PLAIN; }

    @Override public boolean interactive() { return interactive; }

    @Override public boolean canAsk() { return canAsk; }

    @Override
    public Registration onInterrupt(Runnable action) {
        return () -> {};
    }

    @Override
    public void close() {
        out.flush();
        err.flush();
    }
}
