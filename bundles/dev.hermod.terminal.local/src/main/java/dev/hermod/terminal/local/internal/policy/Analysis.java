package dev.hermod.terminal.local.internal.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import dev.hermod.terminal.local.internal.shell.Command;
import dev.hermod.terminal.local.internal.shell.CompoundCommand;
import dev.hermod.terminal.local.internal.shell.FunctionDefinition;
import dev.hermod.terminal.local.internal.shell.Pipeline;
import dev.hermod.terminal.local.internal.shell.Redirect;
import dev.hermod.terminal.local.internal.shell.Script;
import dev.hermod.terminal.local.internal.shell.ShellParser;
import dev.hermod.terminal.local.internal.shell.ShellSyntaxException;
import dev.hermod.terminal.local.internal.shell.SimpleCommand;
import dev.hermod.terminal.local.internal.shell.Word;

/**
 * Walks a parsed command line, visiting every command bash would run (including substitutions,
 * function bodies and command strings handed to another shell), and collects findings.
 */
final class Analysis {

    /** How many shells-inside-shells ({@code bash -c "eval '...'"}) are followed before giving up. */
    private static final int MAX_TEXT_DEPTH = 8;

    private final Places places;
    private final RuleBook rules;
    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private int textDepth;

    Analysis(Places places, RuleBook rules) {
        this.places = places;
        this.rules = rules;
    }

    Places places() { return places; }

    List<Finding> findings() { return List.copyOf(findings.values()); }

    void flag(String reason, String key) { findings.putIfAbsent(reason + '\0' + key, new Finding(reason, key)); }

    /** Parses and analyses command text run by a shell in {@code cwd}; text bash would reject is itself flagged. */
    void text(String text, Path cwd) {
        if (textDepth >= MAX_TEXT_DEPTH) {
            flag("nests shells inside shells too deeply to analyse; review it yourself", "deeply nested: " + text);
            return;
        }
        textDepth++;
        try {
            script(ShellParser.parse(text), new Cwd(cwd));
        } catch (ShellSyntaxException e) {
            flag("could not be parsed (" + e.getMessage() + "), so what it runs is unknown; review it yourself",
                    "unparseable: " + text);
        } catch (StackOverflowError e) {
            // Pathological nesting the depth limits did not catch: refuse to guess.
            flag("nests expressions too deeply to analyse; review it yourself", "deeply nested: " + text);
        } finally {
            textDepth--;
        }
    }

    void script(Script script, Cwd cwd) {
        for (Pipeline pipeline : script.pipelines()) pipeline(pipeline, cwd);
    }

    private void pipeline(Pipeline pipeline, Cwd cwd) {
        List<Command> commands = pipeline.commands();
        for (int i = 0; i < commands.size(); i++) {
            command(commands.get(i), commands.size() == 1 ? cwd : cwd.copy(), commands.subList(0, i));
        }
    }

    private void command(Command command, Cwd cwd, List<Command> producers) {
        switch (command) {
            case SimpleCommand simple -> simple(simple, cwd, producers);
            case CompoundCommand compound -> {
                script(compound.body(), compound.subshell() ? cwd.copy() : cwd);
                compound.redirects().forEach(r -> redirect(r, cwd));
            }
            case FunctionDefinition function -> {
                if (ForkBombs.spawnsItself(function)) {
                    flag("defines a function that keeps starting copies of itself (a fork bomb that can freeze the machine)",
                            "fork bomb");
                }
                command(function.body(), cwd.copy(), List.of());
            }
        }
    }

    private void simple(SimpleCommand command, Cwd cwd, List<Command> producers) {
        List<Word> all = new ArrayList<>(command.assignments());
        all.addAll(command.words());
        for (Redirect redirect : command.redirects()) {
            all.add(redirect.target());
            if (redirect.heredoc() != null) all.add(redirect.heredoc().body());
        }
        for (Word word : all) word.scripts().forEach(s -> script(s, cwd.copy()));
        command.assignments().forEach(a -> rules.assignment(a, this));
        command.redirects().forEach(r -> redirect(r, cwd));
        if (!command.words().isEmpty()) argv(command.words(), command.redirects(), cwd, producers);
    }

    private void redirect(Redirect redirect, Cwd cwd) {
        if (redirect.writes()) rules.redirect(places.target(redirect.target(), cwd.path), this);
    }

    /** Analyses one command given as words (also used for {@code find -exec} and {@code watch -x}). */
    void argv(List<Word> words, List<Redirect> redirects, Cwd cwd, List<Command> producers) {
        Unwrapped unwrapped = Wrappers.unwrap(words, places.home.toString());
        Optional<String> name = unwrapped.argv().isEmpty() ? Optional.empty()
                : CommandNames.of(unwrapped.argv().getFirst(), places.home.toString());
        if (unwrapped.privileged()) {
            String wrapper = unwrapped.wrappers().stream().filter(Wrappers.PRIVILEGED::contains).findFirst().orElseThrow();
            String what = name.orElse(unwrapped.argv().isEmpty() ? "a root shell" : "a command");
            flag("runs " + what + " with root privileges (" + wrapper + ")", wrapper + " " + what);
        }
        if (unwrapped.script() != null) {
            text(unwrapped.script(), cwd.path);
            return;
        }
        if (unwrapped.argv().isEmpty()) return;
        if (name.isEmpty()) {
            String written = unwrapped.argv().getFirst().text();
            flag("runs a command whose name is only known at run time (" + written + ")", "dynamic command " + written);
            return;
        }
        Invocation invocation = new Invocation(name.get(), unwrapped.argv().subList(1, unwrapped.argv().size()));
        rules.check(new Call(invocation, redirects, producers, cwd.path, this));
        Directories.follow(invocation, cwd, places);
    }

    /** The command {@code command} runs, wrappers removed, if it is a simple command with a known name. */
    Optional<Invocation> invocation(SimpleCommand command) {
        if (command.words().isEmpty()) return Optional.empty();
        Unwrapped unwrapped = Wrappers.unwrap(command.words(), places.home.toString());
        if (unwrapped.argv().isEmpty()) return Optional.empty();
        return CommandNames.of(unwrapped.argv().getFirst(), places.home.toString())
                .map(n -> new Invocation(n, unwrapped.argv().subList(1, unwrapped.argv().size())));
    }

    /** The first command in {@code commands} (at any depth, substitutions included) that matches. */
    Optional<Invocation> find(List<Command> commands, Predicate<Invocation> test) {
        return new CommandSearch(this, test).first(commands);
    }

    /** The first command in {@code script} (at any depth) that matches. */
    Optional<Invocation> find(Script script, Predicate<Invocation> test) {
        return new CommandSearch(this, test).first(script);
    }
}
