package dev.hermod.terminal.local.internal.shell;

/**
 * A here-document. Its body is read after the end of the line that announced it, so it is filled
 * in after the redirection was created.
 */
public final class HereDocument {

    private final String delimiter;
    private final boolean quoted;
    private final boolean stripTabs;
    private Word body = Word.literal("");

    HereDocument(String delimiter, boolean quoted, boolean stripTabs) {
        this.delimiter = delimiter;
        this.quoted = quoted;
        this.stripTabs = stripTabs;
    }

    public String delimiter() { return delimiter; }

    /** True when the delimiter was quoted: the body is then taken literally, without expansions. */
    public boolean quoted() { return quoted; }

    boolean stripTabs() { return stripTabs; }

    /** The body, with its expansions when the delimiter was unquoted. */
    public Word body() { return body; }

    void body(Word text) { this.body = text; }
}
