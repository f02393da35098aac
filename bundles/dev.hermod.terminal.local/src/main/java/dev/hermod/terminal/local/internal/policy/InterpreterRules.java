package dev.hermod.terminal.local.internal.policy;

/**
 * Script interpreters (python, perl, node ...) fed a program from the network or from decoded text.
 * Unlike shells, piping ordinary text into them or giving them a here-document is not flagged:
 * that is how data and inline scripts reach them, and their code is not analysable here.
 */
final class InterpreterRules {

    private InterpreterRules() {}

    static void register(RuleBook book) { book.addFamily(Interpreters::isInterpreter, InterpreterRules::check); }

    private static void check(Call call) {
        Launch launch = Interpreters.interpreter(call.name(), call.args());
        if (launch.code() != null) {
            if (launch.code().runsCommands()) ProgramInput.scriptWord(call, launch.code(), call.name());
        } else if (launch.script() != null) {
            ProgramInput.scriptWord(call, launch.script(), call.name());
        } else {
            ProgramInput.stdin(call, false);
        }
    }
}
