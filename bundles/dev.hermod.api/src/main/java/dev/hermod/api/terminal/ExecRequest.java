package dev.hermod.api.terminal;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One command to run.
 *
 * @param command the shell command line (run by {@code bash -c} or the backend's equivalent)
 * @param workingDirectory the directory to run in, or {@code null} for the sandbox's current one
 * @param timeout the longest the command may run; then it is killed (with its children)
 * @param stdin text written to the command's standard input, or {@code null} for none
 * @param environment extra variables for this command only
 * @param maxOutputChars the most output characters kept; the rest is cut from the middle
 */
public record ExecRequest(String command, String workingDirectory, Duration timeout, String stdin,
                          Map<String, String> environment, int maxOutputChars) {
    public ExecRequest {
        Objects.requireNonNull(command, "command");
        timeout = timeout == null ? Duration.ofMinutes(3) : timeout;
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        if (maxOutputChars <= 0) maxOutputChars = 50_000;
    }

    /** A command with the default timeout and output cap. */
    public static ExecRequest of(String command) { return new ExecRequest(command, null, null, null, null, 0); }
}
