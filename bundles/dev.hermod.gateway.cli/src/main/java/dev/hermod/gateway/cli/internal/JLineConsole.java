package dev.hermod.gateway.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.jline.utils.NonBlockingReader;

/** A console on the JLine system terminal: line editing, history, completion, single-key answers. */
final class JLineConsole implements ChatConsole {
    private static final long SLICE_MILLIS = 200;

    private final Terminal terminal;
    private final LineReader reader;
    private final PrintWriter out;
    private final boolean interactive;
    private final Style style;

    JLineConsole(Terminal terminal, LineReader reader, PrintWriter out, boolean interactive) {
        this.terminal = terminal;
        this.reader = reader;
        this.out = out;
        this.interactive = interactive;
        this.style = terminal.getType().startsWith("dumb") ? Style.PLAIN : Style.ANSI;
    }

    @Override
    public String readLine(String prompt) {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            return "";
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public Optional<String> readAnswer(Duration wait, BooleanSupplier abandon) {
        Attributes saved = terminal.enterRawMode();
        try {
            discardTypeAhead();
            long deadline = System.nanoTime() + wait.toNanos();
            while (!abandon.getAsBoolean()) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) return Optional.empty();
                int c = terminal.reader().read(Math.min(SLICE_MILLIS, left));
                if (c == NonBlockingReader.READ_EXPIRED) continue;
                return Optional.of(c < 0 ? "" : String.valueOf((char) c));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("");
        } finally {
            terminal.setAttributes(saved);
        }
    }

    // What the person typed during the turn must not answer the question: "so ..." would approve.
    private void discardTypeAhead() throws IOException {
        for (int i = 0; i < 4096 && terminal.reader().read(20) >= 0; i++) {
            // drop it
        }
    }

    @Override public PrintWriter out() { return out; }

    @Override public PrintWriter err() { return terminal.writer(); }

    @Override public Style style() { return style; }

    @Override public boolean interactive() { return interactive; }

    @Override public boolean canAsk() { return true; }

    @Override
    public Registration onInterrupt(Runnable action) {
        SignalHandler previous = terminal.handle(Signal.INT, signal -> action.run());
        return () -> terminal.handle(Signal.INT, previous);
    }

    @Override
    public void close() {
        out.flush();
        terminal.writer().flush();
        try {
            if (reader != null) reader.getHistory().save();
        } catch (IOException e) {
            System.getLogger(JLineConsole.class.getName()).log(System.Logger.Level.WARNING, "cannot save chat history", e);
        }
        try {
            terminal.close();
        } catch (IOException e) {
            System.getLogger(JLineConsole.class.getName()).log(System.Logger.Level.DEBUG, "closing the terminal", e);
        }
    }
}
