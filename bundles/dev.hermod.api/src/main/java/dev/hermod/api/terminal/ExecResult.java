package dev.hermod.api.terminal;

import java.time.Duration;

/**
 * A finished foreground command.
 *
 * @param exitCode the exit status (-1 when it was killed by the timeout)
 * @param output standard output and standard error, interleaved as written
 * @param truncated true when output was cut to the cap
 * @param timedOut true when the timeout killed it
 * @param duration how long it ran
 */
public record ExecResult(int exitCode, String output, boolean truncated, boolean timedOut, Duration duration) {}
