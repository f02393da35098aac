package dev.hermod.gateway.cli.internal;

import java.io.PrintWriter;

import dev.hermod.api.agent.TurnListener;
import dev.hermod.api.agent.TurnResult;

/**
 * Shows a running turn: streamed text as it arrives (when streaming), one dim line per tool call,
 * notices in yellow; then the result. Called on turn threads, so every write holds the lock.
 */
final class TurnPrinter implements TurnListener {
    private final ChatConsole console;
    private final boolean stream;
    private final Object lock = new Object();
    private boolean streamed;
    private boolean midLine;

    TurnPrinter(ChatConsole console, boolean stream) {
        this.console = console;
        this.stream = stream;
    }

    /** Forgets the previous turn. */
    void reset() {
        synchronized (lock) {
            streamed = false;
            midLine = false;
        }
    }

    @Override
    public void onText(String delta) {
        if (!stream || delta.isEmpty()) return;
        synchronized (lock) {
            console.out().print(delta);
            console.out().flush();
            streamed = true;
            midLine = !delta.endsWith("\n");
        }
    }

    @Override
    public void onToolStart(String tool, String arguments) {
        line(console.style().dim("  ┊ " + tool + " " + Text.oneLine(arguments, 100)));
    }

    @Override
    public void onToolEnd(String tool, boolean error, String preview) {
        if (error) line(console.style().dim("  ┊ " + tool + " failed: " + Text.oneLine(preview, 100)));
    }

    @Override
    public void onNotice(String notice) {
        line(console.style().yellow("  ! " + notice));
    }

    /** Prints how the turn ended: the answer (unless it was streamed), or why there is none. */
    void finish(TurnResult result) {
        switch (result.outcome()) {
            case COMPLETED -> answer(result.text());
            case BUDGET_EXHAUSTED -> {
                answer(result.text());
                onNotice("the iteration budget ran out before a final answer");
            }
            case CANCELLED -> onNotice("turn cancelled");
            case FAILED -> line(console.style().red(result.text().isBlank() ? "the turn failed" : result.text()));
            case DUPLICATE -> { }
        }
    }

    private void answer(String text) {
        synchronized (lock) {
            PrintWriter out = console.out();
            if (!streamed && !text.isEmpty()) {
                out.println(text);
            } else if (midLine) {
                out.println();
            }
            midLine = false;
            out.flush();
        }
    }

    private void line(String text) {
        synchronized (lock) {
            if (midLine) {
                console.out().println();
                console.out().flush();
                midLine = false;
            }
            console.err().println(text);
            console.err().flush();
        }
    }
}
