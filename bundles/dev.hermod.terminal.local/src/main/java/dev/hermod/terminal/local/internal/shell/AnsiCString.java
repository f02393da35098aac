package dev.hermod.terminal.local.internal.shell;

/** Decodes the body of a {@code $'...'} string, whose backslash escapes bash interprets like C. */
final class AnsiCString {

    private AnsiCString() {}

    /** Decodes from the cursor (just after {@code $'}) through the closing quote. */
    static String decode(Cursor in) throws ShellSyntaxException {
        StringBuilder out = new StringBuilder();
        while (true) {
            if (in.atEnd()) throw in.error("unterminated $'...' string");
            char c = in.next();
            if (c == '\'') return out.toString();
            if (c != '\\' || in.atEnd()) {
                out.append(c);
                continue;
            }
            char e = in.next();
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'e', 'E' -> out.append('\u001b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000b');
                case 'x' -> out.appendCodePoint(number(in, 16, 2));
                case 'u' -> out.appendCodePoint(number(in, 16, 4));
                case 'U' -> out.appendCodePoint(number(in, 16, 8));
                case 'c' -> out.append(in.atEnd() ? 'c' : (char) (in.next() & 0x1f));
                default -> {
                    if (e >= '0' && e <= '7') {
                        in.pos--;
                        out.appendCodePoint(number(in, 8, 3));
                    } else if ("\\'\"?".indexOf(e) >= 0) {
                        out.append(e);
                    } else {
                        out.append('\\').append(e); // bash keeps unknown escapes as written
                    }
                }
            }
        }
    }

    private static int number(Cursor in, int radix, int maxDigits) {
        int value = 0;
        int digits = 0;
        while (digits < maxDigits && !in.atEnd() && Character.digit(in.peek(), radix) >= 0) {
            value = value * radix + Character.digit(in.next(), radix);
            digits++;
        }
        return Character.isValidCodePoint(value) ? value : 0xFFFD;
    }
}
