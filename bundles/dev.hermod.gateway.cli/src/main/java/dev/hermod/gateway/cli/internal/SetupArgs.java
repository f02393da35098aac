package dev.hermod.gateway.cli.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The command line of {@code hermod setup}. Every value is null when not given.
 *
 * @param name the endpoint name
 * @param baseUrl the OpenAI-compatible base URL
 * @param model the model id
 * @param apiKeyEnv the name of the environment variable holding the key ({@code none} for no key)
 * @param contextWindow the context window in tokens, as typed
 * @param force overwrite an existing file without asking
 * @param help print the usage
 */
record SetupArgs(String name, String baseUrl, String model, String apiKeyEnv, String contextWindow, boolean force,
                 boolean help) {

    static final String USAGE = """
            usage: hermod setup                       (asks step by step)
                   hermod setup --base-url <url> --model <id> [--name <name>] [--api-key-env <VAR>]
                                [--context-window <tokens>] [--force]
              --name            endpoint name (default "default"); the file is etc/hermod.llm.openai-<name>.cfg
              --base-url        OpenAI-compatible base URL, e.g. https://openrouter.ai/api/v1
              --model           model id sent to the endpoint
              --api-key-env     NAME of the environment variable holding the API key (not the key); none for no key
              --context-window  context window in tokens (default 128000)
              --force           overwrite an existing file""";

    static SetupArgs parse(String... args) throws UsageException {
        Deque<String> rest = new ArrayDeque<>(Arrays.asList(args == null ? new String[0] : args));
        String name = null, url = null, model = null, keyEnv = null, window = null;
        boolean force = false, help = false;
        while (!rest.isEmpty()) {
            String arg = rest.removeFirst();
            int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
            if (eq > 0) {
                rest.addFirst(arg.substring(eq + 1));
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "--name" -> name = value(arg, rest);
                case "--base-url" -> url = value(arg, rest);
                case "--model" -> model = value(arg, rest);
                case "--api-key-env" -> keyEnv = value(arg, rest);
                case "--context-window" -> window = value(arg, rest);
                case "--force", "-f" -> force = true;
                case "-h", "--help" -> help = true;
                default -> throw new UsageException((arg.startsWith("-") ? "unknown option " : "unexpected argument ") + arg);
            }
        }
        return new SetupArgs(name, url, model, keyEnv, window, force, help);
    }

    /** Enough was given to write the file without asking anything. */
    boolean scripted() {
        return baseUrl != null && model != null;
    }

    private static String value(String option, Deque<String> rest) throws UsageException {
        String value = rest.pollFirst();
        if (value == null || value.isBlank()) throw new UsageException(option + " needs a value");
        return value;
    }
}
