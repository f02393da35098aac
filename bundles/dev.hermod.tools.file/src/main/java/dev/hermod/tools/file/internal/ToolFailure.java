package dev.hermod.tools.file.internal;

/** A failure the model should see and can correct; its message becomes the error result. */
class ToolFailure extends Exception {
    private static final long serialVersionUID = 1L;

    ToolFailure(String message) {
        super(message);
    }
}
