package dev.hermod.tools.file.internal;

/** A path the policy refuses; the message says why and which setting, if any, allows it. */
final class PathRefusedException extends ToolFailure {
    private static final long serialVersionUID = 1L;

    PathRefusedException(String message) {
        super(message);
    }
}
