package dev.hermod.terminal.local.internal.policy;

import dev.hermod.terminal.local.internal.shell.Command;
import dev.hermod.terminal.local.internal.shell.CompoundCommand;
import dev.hermod.terminal.local.internal.shell.FunctionDefinition;
import dev.hermod.terminal.local.internal.shell.Pipeline;
import dev.hermod.terminal.local.internal.shell.Script;
import dev.hermod.terminal.local.internal.shell.SimpleCommand;

/** Recognises {@code :(){ :|:& };:} and its renamed variants: a function that starts itself concurrently. */
final class ForkBombs {

    private ForkBombs() {}

    static boolean spawnsItself(FunctionDefinition function) { return spawns(function.body(), function.name()); }

    private static boolean spawns(Command command, String name) {
        return switch (command) {
            case CompoundCommand compound -> spawns(compound.body(), name);
            case FunctionDefinition nested -> spawns(nested.body(), name);
            case SimpleCommand simple -> false;
        };
    }

    private static boolean spawns(Script script, String name) {
        for (Pipeline pipeline : script.pipelines()) {
            boolean concurrent = pipeline.background() || pipeline.commands().size() > 1;
            for (Command command : pipeline.commands()) {
                if (concurrent && calls(command, name)) return true;
                if (spawns(command, name)) return true;
            }
        }
        return false;
    }

    private static boolean calls(Command command, String name) {
        return switch (command) {
            case SimpleCommand simple -> !simple.words().isEmpty()
                    && simple.words().getFirst().literal().filter(name::equals).isPresent();
            case CompoundCommand compound -> compound.body().pipelines().stream()
                    .anyMatch(p -> p.commands().stream().anyMatch(c -> calls(c, name)));
            case FunctionDefinition nested -> false;
        };
    }
}
