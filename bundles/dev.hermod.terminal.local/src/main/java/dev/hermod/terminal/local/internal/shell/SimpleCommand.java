package dev.hermod.terminal.local.internal.shell;

import java.util.List;

/**
 * {@code NAME=value ... word ... redirection ...}. Reserved words that only introduce or close a
 * construct ({@code if}, {@code then}, {@code do}, {@code done} ...) are not kept.
 */
public record SimpleCommand(List<Word> assignments, List<Word> words, List<Redirect> redirects) implements Command {
    public SimpleCommand {
        assignments = List.copyOf(assignments);
        words = List.copyOf(words);
        redirects = List.copyOf(redirects);
    }
}
