package dev.hermod.terminal.local.internal.policy;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import dev.hermod.terminal.local.internal.shell.Command;
import dev.hermod.terminal.local.internal.shell.CompoundCommand;
import dev.hermod.terminal.local.internal.shell.FunctionDefinition;
import dev.hermod.terminal.local.internal.shell.Pipeline;
import dev.hermod.terminal.local.internal.shell.Redirect;
import dev.hermod.terminal.local.internal.shell.Script;
import dev.hermod.terminal.local.internal.shell.SimpleCommand;
import dev.hermod.terminal.local.internal.shell.Word;

/** Looks for a kind of command anywhere in a tree, including inside substitutions. */
final class CommandSearch {

    private final Analysis analysis;
    private final Predicate<Invocation> test;

    CommandSearch(Analysis analysis, Predicate<Invocation> test) {
        this.analysis = analysis;
        this.test = test;
    }

    Optional<Invocation> first(Script script) {
        for (Pipeline pipeline : script.pipelines()) {
            Optional<Invocation> found = first(pipeline.commands());
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    Optional<Invocation> first(List<Command> commands) {
        for (Command command : commands) {
            Optional<Invocation> found = switch (command) {
                case SimpleCommand simple -> simple(simple);
                case CompoundCommand compound -> first(compound.body());
                case FunctionDefinition function -> first(List.of(function.body()));
            };
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    private Optional<Invocation> simple(SimpleCommand command) {
        Optional<Invocation> self = analysis.invocation(command).filter(test);
        if (self.isPresent()) return self;
        for (Word word : command.words()) {
            for (Script script : word.scripts()) {
                Optional<Invocation> found = first(script);
                if (found.isPresent()) return found;
            }
        }
        for (Redirect redirect : command.redirects()) {
            for (Script script : redirect.target().scripts()) {
                Optional<Invocation> found = first(script);
                if (found.isPresent()) return found;
            }
        }
        return Optional.empty();
    }
}
