package dev.hermod.gateway.cli.internal;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which standard streams are a terminal. {@code Console.isTerminal()} (JDK 22+) covers stdin and
 * stdout together; on Linux /proc tells each stream apart, so that {@code hermod chat -q x > file}
 * can still ask for approval on the terminal.
 */
record TerminalProbe(boolean stdin, boolean stdout, boolean stderr) {

    static TerminalProbe detect() {
        boolean console = consoleIsTerminal();
        return new TerminalProbe(console || procTty(0), console || procTty(1), procTty(2) || console && !procAvailable());
    }

    /** A person can use the line editor: both input and output are the terminal. */
    boolean interactive() { return stdin && stdout; }

    /** A person can answer a question asked on stderr. */
    boolean canAskOnStderr() { return stdin && stderr; }

    private static boolean consoleIsTerminal() {
        Console console = System.console();
        if (console == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // before JDK 22 a console exists only on a terminal
        }
    }

    private static boolean procAvailable() {
        return Files.isDirectory(Path.of("/proc/self/fd"));
    }

    private static boolean procTty(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
