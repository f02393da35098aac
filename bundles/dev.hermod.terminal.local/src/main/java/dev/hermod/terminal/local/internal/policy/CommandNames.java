package dev.hermod.terminal.local.internal.policy;

import java.util.Optional;

import dev.hermod.terminal.local.internal.shell.Word;

/** Turns the first word of a command into the name of what runs. */
final class CommandNames {

    private CommandNames() {}

    /**
     * The command name without its directory ({@code /bin/rm} and {@code ./rm} are {@code rm}), or
     * empty when bash only knows it at run time (a variable, a substitution, a glob).
     */
    static Optional<String> of(Word word, String home) {
        if (word.globbed()) return Optional.empty();
        return word.path(home).filter(name -> !name.isEmpty()).map(CommandNames::basename);
    }

    static String basename(String name) {
        String trimmed = name;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) trimmed = trimmed.substring(0, trimmed.length() - 1);
        int slash = trimmed.lastIndexOf('/');
        return slash >= 0 && slash < trimmed.length() - 1 ? trimmed.substring(slash + 1) : trimmed;
    }
}
