package dev.hermod.shell.internal;

import java.io.PrintWriter;

/** The interactive shell loop: read a line, run it, print the output; {@code exit} or end of input leaves. */
final class ShellRepl {
    static final String PROMPT = "hermod> ";

    /** Where lines come from: null at end of input, "" after Ctrl-C. */
    @FunctionalInterface
    interface LineSource {
        String read(String prompt);
    }

    private final LineSource in;
    private final PrintWriter out;
    private final PrintWriter err;
    private final CommandExecutor executor;

    ShellRepl(LineSource in, PrintWriter out, PrintWriter err, CommandExecutor executor) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.executor = executor;
    }

    /** 0 when the person left, 1 when the running gateway went away. */
    int run() {
        for (String line = in.read(PROMPT); line != null; line = in.read(PROMPT)) {
            line = line.strip();
            if (line.isEmpty()) continue;
            if (line.equals("exit") || line.equals("quit")) break;
            CommandExecutor.Outcome outcome = executor.execute(line);
            out.print(outcome.output());
            out.flush();
            if (!outcome.ok()) {
                err.println(outcome.error());
                err.flush();
            }
            if (executor instanceof RemoteExecutor remote && remote.lost()) return 1;
        }
        return 0;
    }

    /** Runs one command: output to {@code out}, the failure message to {@code err}; 0 or 1. */
    static int once(CommandExecutor executor, String command, PrintWriter out, PrintWriter err) {
        CommandExecutor.Outcome outcome = executor.execute(command);
        out.print(outcome.output());
        out.flush();
        if (outcome.ok()) return 0;
        err.println(outcome.error());
        err.flush();
        return 1;
    }
}
