package dev.hermod.terminal.local.internal.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.hermod.terminal.local.internal.shell.Word;

/** Which rule checks which command. */
final class RuleBook {

    private record Family(Predicate<String> names, CommandRule rule) {}

    private final Map<String, List<CommandRule>> byName = new HashMap<>();
    private final List<Family> families = new ArrayList<>();

    RuleBook() {
        DeleteRules.register(this);
        WriteRules.register(this);
        PermissionRules.register(this);
        SystemRules.register(this);
        GitRules.register(this);
        ShellRules.register(this);
        InterpreterRules.register(this);
    }

    void add(CommandRule rule, String... names) {
        for (String name : names) byName.computeIfAbsent(name, n -> new ArrayList<>()).add(rule);
    }

    void addFamily(Predicate<String> names, CommandRule rule) { families.add(new Family(names, rule)); }

    void check(Call call) {
        byName.getOrDefault(call.name(), List.of()).forEach(rule -> rule.check(call));
        for (Family family : families) {
            if (family.names().test(call.name())) family.rule().check(call);
        }
    }

    /** {@code NAME=value} before a command or on its own. */
    void assignment(Word assignment, Analysis analysis) { History.assignment(assignment.text(), analysis); }

    /** A redirection that writes to {@code target}. */
    void redirect(Target target, Analysis analysis) { WriteRules.written(target, "redirects output into", analysis); }
}
