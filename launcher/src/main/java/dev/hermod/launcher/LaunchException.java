package dev.hermod.launcher;

/** Hermod cannot start; the message says why and how to fix it. */
final class LaunchException extends Exception {
    private static final long serialVersionUID = 1L;
    LaunchException(String message) { super(message); }
    LaunchException(String message, Throwable cause) { super(message, cause); }
}
