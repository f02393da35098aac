package dev.hermod.gateway.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Function;

/** Asks questions one line at a time (a terminal or a script piping answers). */
final class Prompter {
    private static final int TRIES = 3;

    /** Input ended, or an answer was wrong too often. */
    static final class Aborted extends Exception {
        private static final long serialVersionUID = 1L;

        Aborted(String message) { super(message); }
    }

    private final BufferedReader in;
    private final PrintWriter out;

    Prompter(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    /** The answer, or {@code defaultValue} for an empty line (null: an answer is required). */
    String ask(String question, String defaultValue) throws Aborted {
        return ask(question, defaultValue, Function.identity());
    }

    /** The parsed answer; {@code parse} throws IllegalArgumentException for a wrong one, which is asked again. */
    <T> T ask(String question, String defaultValue, Function<String, T> parse) throws Aborted {
        for (int i = 0; i < TRIES; i++) {
            out.print(question + (defaultValue == null || defaultValue.isEmpty() ? "" : " [" + defaultValue + "]") + ": ");
            out.flush();
            String line = readLine();
            String answer = line.isBlank() ? defaultValue : line.strip();
            if (answer == null) {
                out.println("  an answer is needed");
                continue;
            }
            try {
                return parse.apply(answer);
            } catch (IllegalArgumentException e) {
                out.println("  " + e.getMessage());
            }
        }
        throw new Aborted("no valid answer to \"" + question + "\"");
    }

    /** True for y or yes; anything else (also an empty line) is no. */
    boolean confirm(String question) throws Aborted {
        out.print(question + " [y/N]: ");
        out.flush();
        String answer = readLine().strip().toLowerCase(Locale.ROOT);
        return answer.equals("y") || answer.equals("yes");
    }

    void say(String text) {
        out.println(text);
        out.flush();
    }

    private String readLine() throws Aborted {
        try {
            String line = in.readLine();
            if (line == null) throw new Aborted("input ended before setup was complete");
            return line;
        } catch (IOException e) {
            throw new Aborted("cannot read the answer: " + e.getMessage());
        }
    }
}
