package dev.hermod.gateway.cli.internal;

/** Colours for a terminal that renders ANSI escapes; {@link #PLAIN} for pipes and dumb terminals. */
record Style(boolean ansi) {
    static final Style PLAIN = new Style(false);
    static final Style ANSI = new Style(true);

    String dim(String text) { return sgr("2", text); }

    String yellow(String text) { return sgr("33", text); }

    String red(String text) { return sgr("31", text); }

    String green(String text) { return sgr("32", text); }

    String bold(String text) { return sgr("1", text); }

    private String sgr(String code, String text) {
        return ansi ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
