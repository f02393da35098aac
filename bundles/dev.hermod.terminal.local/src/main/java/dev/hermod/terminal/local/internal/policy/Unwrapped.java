package dev.hermod.terminal.local.internal.policy;

import java.util.List;

import dev.hermod.terminal.local.internal.shell.Word;

/**
 * A command with its wrappers ({@code sudo}, {@code env}, {@code timeout} ...) taken off.
 *
 * @param argv the command that really runs, name first; empty when nothing runs
 * @param wrappers the wrapper names, outermost first
 * @param script a command string a wrapper runs through a shell ({@code env -S}, {@code flock -c}), or {@code null}
 */
record Unwrapped(List<Word> argv, List<String> wrappers, String script) {

    Unwrapped {
        argv = List.copyOf(argv);
        wrappers = List.copyOf(wrappers);
    }

    /** Whether a wrapper raises privileges ({@code sudo}, {@code doas}, {@code pkexec}, {@code run0}). */
    boolean privileged() { return wrappers.stream().anyMatch(Wrappers.PRIVILEGED::contains); }
}
