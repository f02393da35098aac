package dev.hermod.terminal.local.internal.policy;

import java.util.List;
import java.util.Set;

import dev.hermod.terminal.local.internal.shell.Word;

/** Shells and builtins that run command text: {@code bash -c}, {@code eval}, {@code source}, {@code su -c} ... */
final class ShellRules {

    private ShellRules() {}

    static void register(RuleBook book) {
        book.add(ShellRules::shell, Interpreters.SHELLS.toArray(String[]::new));
        book.add(ShellRules::eval, "eval");
        book.add(ShellRules::source, "source", ".");
        book.add(ShellRules::su, "su", "runuser");
        book.add(ShellRules::watch, "watch");
        book.add(call -> optionText(call, "-c", "--command"), "script");
        book.add(ShellRules::trap, "trap");
        book.add(ShellRules::alias, "alias");
    }

    private static void shell(Call call) {
        Launch launch = Interpreters.shell(call.args());
        if (launch.code() != null) ProgramInput.commandString(call, launch.code(), call.name() + " -c");
        else if (launch.script() != null) ProgramInput.scriptWord(call, launch.script(), call.name());
        else ProgramInput.stdin(call, true);
    }

    private static void eval(Call call) {
        if (call.args().isEmpty()) return;
        Word joined = join(call.args());
        if (!joined.runsCommands() && joined.dynamic()) {
            call.flag("evaluates a command built from variables at run time (eval " + joined.text() + ")", "eval $...");
        }
        ProgramInput.commandString(call, joined, "eval");
    }

    private static void source(Call call) {
        if (call.args().isEmpty()) return;
        Word file = call.args().getFirst();
        if (Set.of("/dev/stdin", "/dev/fd/0", "/proc/self/fd/0", "-").contains(file.text())) ProgramInput.stdin(call, true);
        else ProgramInput.scriptWord(call, file, call.name());
    }

    private static void su(Call call) {
        call.flag("runs commands as another user, root unless one is named (" + call.name() + ")", call.name());
        optionText(call, "-c", "--command");
    }

    private static void watch(Call call) {
        Options options = Options.parse(call.args(), Set.of("-n", "--interval", "-q", "--equexit"), false, 0);
        if (options.operands().isEmpty()) return;
        if (options.has("-x", "--exec")) {
            call.analysis().argv(options.operands(), List.of(), new Cwd(call.cwd()), List.of());
        } else {
            ProgramInput.commandString(call, join(options.operands()), "watch");
        }
    }

    private static void trap(Call call) {
        List<Word> args = call.args();
        if (args.size() >= 2 && !args.getFirst().text().startsWith("-")) {
            ProgramInput.commandString(call, args.getFirst(), "trap");
        }
    }

    private static void alias(Call call) {
        for (Word word : call.args()) {
            String text = word.text();
            int eq = text.indexOf('=');
            if (eq > 0) call.analysis().text(text.substring(eq + 1), call.cwd());
        }
    }

    private static void optionText(Call call, String shortName, String longName) {
        List<Word> args = call.args();
        for (int i = 0; i < args.size(); i++) {
            String text = args.get(i).text();
            if ((text.equals(shortName) || text.equals(longName)) && i + 1 < args.size()) {
                ProgramInput.commandString(call, args.get(i + 1), call.name() + " " + shortName);
            } else if (text.startsWith(longName + "=")) {
                call.analysis().text(text.substring(longName.length() + 1), call.cwd());
            }
        }
    }

    /** Words joined with spaces, as {@code eval} and {@code watch} do before parsing. */
    private static Word join(List<Word> words) {
        List<dev.hermod.terminal.local.internal.shell.WordPart> parts = new java.util.ArrayList<>();
        for (Word word : words) {
            if (!parts.isEmpty()) parts.add(new dev.hermod.terminal.local.internal.shell.WordPart.Literal(" ", true));
            parts.addAll(word.parts());
        }
        return new Word(parts);
    }
}
