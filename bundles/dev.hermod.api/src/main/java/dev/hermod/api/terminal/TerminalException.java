package dev.hermod.api.terminal;

/** A sandbox could not be opened or a command could not be started; the message says why and how to fix it. */
public class TerminalException extends Exception {
    private static final long serialVersionUID = 1L;
    public TerminalException(String message) { super(message); }
    public TerminalException(String message, Throwable cause) { super(message, cause); }
}
