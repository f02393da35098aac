package dev.hermod.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/**
 * {@code hermod <mode> [args]}: prepares the home, starts Felix with the distribution's bundles,
 * and hands the terminal to the bundle that implements the mode.
 */
public final class Main {

    static final Set<String> MODES = Set.of("chat", "gateway", "shell", "doctor", "setup");

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String mode = args.length == 0 ? "chat" : args[0];
        String[] rest = args.length == 0 ? new String[0] : Arrays.copyOfRange(args, 1, args.length);
        if (OPERATOR_COMMANDS.contains(mode)) { // `hermod skills history x` is `hermod shell -c "hermod:skills history x"`
            rest = new String[] {"-c", "hermod:" + mode + (rest.length == 0 ? "" : " " + quoted(rest))};
            mode = "shell";
        }
        switch (mode) {
            case "version", "--version", "-V" -> {
                out.println("hermod " + Distribution.version() + " (Java " + Runtime.version() + ")");
                return 0;
            }
            case "help", "--help", "-h" -> {
                out.print(usage());
                return 0;
            }
            default -> {
                if (!MODES.contains(mode)) {
                    err.println("hermod: unknown mode '" + mode + "'");
                    err.print(usage());
                    return 2;
                }
            }
        }
        try {
            Distribution dist = Distribution.locate();
            Path home = Home.prepare(Home.resolve(System.getenv("HERMOD_HOME")));
            Logs.configure(home, "gateway".equals(mode));
            try (FelixRuntime runtime = FelixRuntime.start(dist, home, mode)) {
                return "gateway".equals(mode) ? runtime.awaitShutdown(err) : runtime.runMode(rest, err);
            }
        } catch (LaunchException e) {
            err.println("hermod: " + e.getMessage());
            return 2;
        }
    }

    /** Shell commands that are also modes: run in the running gateway when there is one, else in a new runtime. */
    static final java.util.Set<String> OPERATOR_COMMANDS = java.util.Set.of("skills", "memory");

    /** Gogo arguments, each quoted so spaces and quotes in a reason or search survive. */
    static String quoted(String[] args) {
        StringBuilder out = new StringBuilder();
        for (String a : args) {
            if (out.length() > 0) out.append(' ');
            out.append('"').append(a.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.toString();
    }

    static String usage() {
        return """
                Usage: hermod <mode> [options]

                Modes:
                  chat      talk to the agent in this terminal (default)
                              -q "question"   ask once, print the answer, exit
                              --continue      resume the last CLI session
                              --resume <id>   resume a session by id
                              --model <name>  use this model provider
                  gateway   run headless: messaging gateways, plugins and the shell socket
                  shell     open the Felix (Gogo) shell of the running Hermod, or of a new one
                              -c "<command>"  run one command and exit
                  skills    the skill loop: list, show <name>, history <name>, diff <name> [a] [b],
                              approve|retire|restore <name>, rollback <name> <v>, curate, stats
                  memory    memory: status, search <words>, history <entry>, providers,
                              switch <name|none>, profile [user]
                  doctor    list what is not working and how to fix it
                  setup     configure a model endpoint
                  version   print the version

                Environment:
                  HERMOD_HOME     the home folder (default ~/.hermod)
                  OPENAI_BASE_URL, OPENAI_API_KEY, HERMOD_MODEL
                                  a default model endpoint when none is configured
                """;
    }
}
