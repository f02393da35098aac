package dev.hermod.terminal.local.internal.shell;

/** The command line is not valid bash (or too deeply nested to analyse). */
public final class ShellSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    public ShellSyntaxException(String message, int position) {
        super(message + " (at character " + position + ")");
    }
}
