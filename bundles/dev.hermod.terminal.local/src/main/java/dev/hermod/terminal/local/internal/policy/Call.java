package dev.hermod.terminal.local.internal.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import dev.hermod.terminal.local.internal.shell.Command;
import dev.hermod.terminal.local.internal.shell.Redirect;
import dev.hermod.terminal.local.internal.shell.Word;

/**
 * One command about to run, as the rules see it.
 *
 * @param invocation the command name and arguments, wrappers removed
 * @param redirects the redirections of the simple command it came from
 * @param producers the commands piped into it (empty when not in a pipeline)
 * @param cwd the working directory it runs in, or {@code null} when only known at run time
 * @param analysis the analysis it belongs to, for findings and recursion
 */
record Call(Invocation invocation, List<Redirect> redirects, List<Command> producers, Path cwd, Analysis analysis) {

    String name() { return invocation.name(); }

    List<Word> args() { return invocation.args(); }

    List<String> texts() { return invocation.texts(); }

    Places places() { return analysis.places(); }

    Target target(Word word) { return analysis.places().target(word, cwd); }

    void flag(String reason, String key) { analysis.flag(reason, key); }

    /** The first command piped into this one (at any depth) that matches. */
    Optional<Invocation> producer(Predicate<Invocation> test) { return analysis.find(producers, test); }
}
