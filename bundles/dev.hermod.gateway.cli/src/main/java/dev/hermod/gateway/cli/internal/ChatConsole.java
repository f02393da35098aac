package dev.hermod.gateway.cli.internal;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Where a chat reads from and writes to: a JLine terminal, or plain streams (pipes and tests).
 * Only the chat's main thread reads; turn threads write through {@link #out()} and {@link #err()}.
 */
interface ChatConsole extends AutoCloseable {

    /** The next line, {@code ""} when the person pressed Ctrl-C at the prompt, {@code null} at end of input. */
    String readLine(String prompt);

    /**
     * The answer to a question: one key on a terminal, one line on a stream. Empty when nothing
     * came within {@code wait} or {@code abandon} turned true; {@code ""} at end of input.
     */
    Optional<String> readAnswer(Duration wait, BooleanSupplier abandon);

    /** Where answers go. */
    PrintWriter out();

    /** Where tool activity, notices and questions go. */
    PrintWriter err();

    Style style();

    /** A person at a terminal reads the output live: prompt, banner and streamed text. */
    boolean interactive();

    /** A person can answer approval questions. */
    boolean canAsk();

    /** Runs {@code action} on Ctrl-C until the registration is closed. */
    Registration onInterrupt(Runnable action);

    @Override
    void close();

    /** Undoes a registration. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
