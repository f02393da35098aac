package dev.hermod.gateway.cli.internal;

/** Shortening text for one-line displays. */
final class Text {
    private Text() {}

    /** The text on one line (newlines and tabs as spaces), cut to {@code max} characters with an ellipsis. */
    static String oneLine(String text, int max) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, Math.max(0, max - 1)) + "…";
    }
}
