package dev.hermod.gateway.cli.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The command line of {@code hermod chat}.
 *
 * @param query the one-shot question, or null for a conversation
 * @param continueLast resume the most recent CLI session
 * @param resumeId the session to resume, or null
 * @param model the model provider to use, or null for the primary
 * @param help print the usage and exit
 */
record ChatArgs(String query, boolean continueLast, String resumeId, String model, boolean help) {

    static final String USAGE = """
            usage: hermod chat [-q "question"] [--continue | --resume <id>] [--model <name>]
              -q, --query <text>   ask one question, print only the answer, exit 0 when it completed, 1 otherwise
              -c, --continue       resume the most recent CLI session
              -r, --resume <id>    resume the session with this id
              -m, --model <name>   use this model provider instead of the primary one
              -h, --help           show this help
            Without -q, questions come from the terminal, or from standard input (one per line) when it is piped.""";

    static ChatArgs parse(String... args) throws UsageException {
        Deque<String> rest = new ArrayDeque<>(Arrays.asList(args == null ? new String[0] : args));
        String query = null, resume = null, model = null;
        boolean cont = false, help = false;
        while (!rest.isEmpty()) {
            String arg = rest.removeFirst();
            int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
            if (eq > 0) {
                rest.addFirst(arg.substring(eq + 1));
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "-q", "--query" -> query = value(arg, rest);
                case "-c", "--continue" -> cont = true;
                case "-r", "--resume" -> resume = value(arg, rest);
                case "-m", "--model" -> model = value(arg, rest);
                case "-h", "--help" -> help = true;
                default -> throw new UsageException(arg.startsWith("-") ? "unknown option " + arg
                        : "unexpected argument '" + arg + "' (quote a question: hermod chat -q \"...\")");
            }
        }
        if (cont && resume != null) throw new UsageException("use either --continue or --resume <id>, not both");
        return new ChatArgs(query, cont, resume, model, help);
    }

    private static String value(String option, Deque<String> rest) throws UsageException {
        String value = rest.pollFirst();
        if (value == null || value.isBlank()) throw new UsageException(option + " needs a value");
        return value;
    }
}
