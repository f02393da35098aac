package dev.hermod.testing.model.internal;

import java.nio.file.Path;

/**
 * The command line of the stand-alone server: {@code [--script file.json] [--port N] [--record file.jsonl]}.
 *
 * @param script the script file, or {@code null} to answer "ok" to everything
 * @param port the port on 127.0.0.1; 0 picks a free one
 * @param record the JSON Lines file to record requests to, or {@code null}
 */
public record LaunchOptions(Path script, int port, Path record) {

    public static final String USAGE = "usage: ScriptedModelServer [--script file.json] [--port N] [--record file.jsonl]";

    public static LaunchOptions parse(String... args) {
        Path script = null;
        Path record = null;
        int port = 0;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) throw new IllegalArgumentException(USAGE);
            if (i + 1 >= args.length) throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
            String value = args[++i];
            switch (option) {
                case "--script" -> script = Path.of(value);
                case "--record" -> record = Path.of(value);
                case "--port" -> port = port(value);
                default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
            }
        }
        return new LaunchOptions(script, port, record);
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) return port;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port needs a number 0..65535, not " + value);
    }
}
