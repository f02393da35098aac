package dev.hermod.gateway.cli.internal;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;

/** A console over strings, and a chat wired to it. */
final class Consoles4Test {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final StreamConsole console;

    Consoles4Test(String input, boolean interactive, boolean canAsk) {
        console = new StreamConsole(new StringReader(input), new PrintWriter(out, true), new PrintWriter(err, true),
                interactive, canAsk);
    }

    static ChatSettings settings(Path home) {
        return new ChatSettings(home, Duration.ofSeconds(5), 100, 50, home);
    }

    String out() { return out.toString(); }

    String err() { return err.toString(); }
}
