package dev.hermod.terminal.local.internal.shell;

/** A position in the text being parsed. */
final class Cursor {

    private static final String METACHARACTERS = " \t\n;&|()<>";

    final String text;
    int pos;

    Cursor(String text) { this.text = text; }

    boolean atEnd() { return pos >= text.length(); }

    char peek() { return peek(0); }

    /** The character {@code ahead} positions on, or NUL past the end. */
    char peek(int ahead) {
        int at = pos + ahead;
        return at < text.length() ? text.charAt(at) : '\0';
    }

    boolean startsWith(String prefix) { return text.startsWith(prefix, pos); }

    char next() { return text.charAt(pos++); }

    ShellSyntaxException error(String message) { return new ShellSyntaxException(message, pos); }

    /** Whether {@code c} ends an unquoted word. */
    static boolean isMetacharacter(char c) { return METACHARACTERS.indexOf(c) >= 0; }

    static boolean isNameStart(char c) { return c == '_' || (c < 128 && Character.isLetter(c)); }

    static boolean isNameChar(char c) { return isNameStart(c) || (c >= '0' && c <= '9'); }

    /**
     * The length of an unquoted {@code $IFS} or {@code ${IFS...}} at the cursor, or 0. Its value is
     * whitespace, so unquoted it separates words exactly like a blank.
     */
    int ifsLength() {
        if (startsWith("$IFS") && !isNameChar(peek(4))) return 4;
        if (startsWith("${IFS") && !isNameChar(peek(5))) {
            int close = text.indexOf('}', pos);
            return close < 0 ? 0 : close - pos + 1;
        }
        return 0;
    }

    /**
     * The plain word at the cursor (no quotes, escapes or expansions) when it is followed by a word
     * end, else {@code null}. Used to recognise reserved words without consuming anything.
     */
    String plainWord() {
        int end = pos;
        while (end < text.length() && !isMetacharacter(text.charAt(end)) && "'\"\\$`".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        if (end == pos) return null;
        if (end < text.length() && !isMetacharacter(text.charAt(end))) return null;
        return text.substring(pos, end);
    }
}
