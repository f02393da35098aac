package dev.hermod.api.terminal;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An open execution environment. Thread-safe for {@link #start} and the background process
 * methods; foreground {@link #exec} calls of one sandbox are serialised by the caller.
 * Closing kills every process the sandbox started.
 */
@ConsumerType
public interface Sandbox extends AutoCloseable {

    /** Runs a command in the foreground and waits for it (or its timeout). */
    ExecResult exec(ExecRequest request) throws TerminalException;

    /** Starts a command in the background and returns at once. */
    BackgroundProcess start(ExecRequest request) throws TerminalException;

    /** The background processes started in this sandbox, running or finished, oldest first. */
    List<BackgroundProcess> processes();

    /** The background process with this id, if any. */
    Optional<BackgroundProcess> process(String id);

    /** The current working directory (changes with {@code cd} in a persistent shell). */
    String workingDirectory();

    /** Kills every process and releases the sandbox. Idempotent. */
    @Override
    void close();
}
