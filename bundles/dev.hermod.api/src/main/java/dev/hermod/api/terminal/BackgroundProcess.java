package dev.hermod.api.terminal;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

import org.osgi.annotation.versioning.ConsumerType;

/** A command running (or finished) in the background of a sandbox. Thread-safe. */
@ConsumerType
public interface BackgroundProcess {

    /** The id the {@code process} tool uses ({@code proc_1} ...). */
    String id();

    /** The command line. */
    String command();

    /** When it started. */
    Instant startedAt();

    /** Whether it is still running. */
    boolean alive();

    /** The exit code once it has finished. */
    OptionalInt exitCode();

    /** The output captured so far (the newest {@code maxChars} characters). */
    String output(int maxChars);

    /** Total characters of output captured so far; with {@link #outputSince} gives "what is new". */
    long outputLength();

    /** Output from character offset {@code from} (as counted by {@link #outputLength()}). */
    String outputSince(long from);

    /** Writes text to its standard input. */
    void write(String text) throws TerminalException;

    /** Waits until it finishes or the timeout passes; returns whether it finished. */
    boolean waitFor(Duration timeout) throws InterruptedException;

    /** Kills it and its children. */
    void kill();
}
