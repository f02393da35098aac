package dev.hermod.terminal.local.internal.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.hermod.terminal.local.internal.shell.WordPart.Arithmetic;
import dev.hermod.terminal.local.internal.shell.WordPart.Literal;
import dev.hermod.terminal.local.internal.shell.WordPart.Parameter;
import dev.hermod.terminal.local.internal.shell.WordPart.ProcessSubstitution;
import dev.hermod.terminal.local.internal.shell.WordPart.Substitution;
import dev.hermod.terminal.local.internal.shell.WordPart.Tilde;

/** Reads words: quotes, escapes, expansions and substitutions (which it hands back to the parser). */
final class WordReader {

    private static final Pattern ASSIGNMENT_START = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\[[^]]*])?\\+?=");
    private static final String SPECIAL_PARAMETERS = "@*#?$!-0123456789";

    private final Cursor in;
    private final ShellParser parser;

    WordReader(Cursor in, ShellParser parser) {
        this.in = in;
        this.parser = parser;
    }

    /** Reads one unquoted-context word; the cursor must be at its first character. */
    Word word() throws ShellSyntaxException {
        Parts parts = new Parts();
        int start = in.pos;
        while (!in.atEnd()) {
            char c = in.peek();
            if ((c == '<' || c == '>') && in.peek(1) == '(') {
                parts.add(processSubstitution());
            } else if (Cursor.isMetacharacter(c) || in.ifsLength() > 0) {
                break;
            } else if (c == '\\') {
                escape(parts);
            } else if (c == '\'') {
                in.pos++;
                parts.add(new Literal(until('\'', "single quote"), true));
            } else if (c == '"') {
                in.pos++;
                doubleQuoted(parts, true);
            } else if (c == '$' || c == '`') {
                dollarOrBacktick(parts, false);
            } else if (c == '~' && tildeAllowed(parts, start)) {
                parts.add(tilde());
            } else if (c == '(' ) {
                break;
            } else {
                in.pos++;
                parts.unquoted(c);
                if (c == '=' && in.peek() == '(' && ASSIGNMENT_START.matcher(in.text.substring(start, in.pos)).matches()) {
                    arrayElements(parts);
                }
            }
        }
        if (in.pos == start) throw in.error("expected a word");
        return parts.word();
    }

    /**
     * Reads text with expansions but without word splitting, up to {@code "} when {@code closed},
     * else to the end of the text (here-document bodies).
     */
    void doubleQuoted(Parts parts, boolean closed) throws ShellSyntaxException {
        while (true) {
            if (in.atEnd()) {
                if (closed) throw in.error("unterminated double quote");
                return;
            }
            char c = in.peek();
            if (closed && c == '"') {
                in.pos++;
                return;
            }
            if (c == '\\') {
                char escaped = in.peek(1);
                in.pos += escaped == '\0' ? 1 : 2;
                if (escaped == '\n') continue;
                if ("$`\\".indexOf(escaped) >= 0 || (closed && escaped == '"')) parts.quoted(String.valueOf(escaped));
                else parts.quoted(escaped == '\0' ? "\\" : "\\" + escaped);
            } else if (c == '$' || c == '`') {
                dollarOrBacktick(parts, true);
            } else {
                in.pos++;
                parts.quoted(String.valueOf(c));
            }
        }
    }

    private void escape(Parts parts) {
        in.pos++;
        if (in.atEnd()) {
            parts.quoted("\\");
        } else if (in.peek() == '\n') {
            in.pos++; // line continuation
        } else {
            parts.quoted(String.valueOf(in.next()));
        }
    }

    private void dollarOrBacktick(Parts parts, boolean quoted) throws ShellSyntaxException {
        int start = in.pos;
        if (in.peek() == '`') {
            parts.add(backtick());
            return;
        }
        char next = in.peek(1);
        if (next == '\'' && !quoted) {
            in.pos += 2;
            parts.add(new Literal(AnsiCString.decode(in), true));
        } else if (next == '"' && !quoted) {
            in.pos += 2;
            doubleQuoted(parts, true);
        } else if (next == '(' && in.peek(2) == '(') {
            parts.add(arithmetic());
        } else if (next == '(') {
            in.pos += 2;
            Script script = parser.substitution();
            parts.add(new Substitution(script, in.text.substring(start, in.pos)));
        } else if (next == '{') {
            parts.add(braceParameter());
        } else if (Cursor.isNameStart(next)) {
            in.pos++;
            while (Cursor.isNameChar(in.peek())) in.pos++;
            parts.add(new Parameter(in.text.substring(start + 1, in.pos), in.text.substring(start, in.pos), List.of()));
        } else if (next != '\0' && SPECIAL_PARAMETERS.indexOf(next) >= 0) {
            in.pos += 2;
            parts.add(new Parameter(String.valueOf(next), in.text.substring(start, in.pos), List.of()));
        } else {
            in.pos++;
            if (quoted) parts.quoted("$"); else parts.unquoted('$');
        }
    }

    private WordPart backtick() throws ShellSyntaxException {
        int start = in.pos++;
        StringBuilder inner = new StringBuilder();
        while (true) {
            if (in.atEnd()) throw in.error("unterminated backtick substitution");
            char c = in.next();
            if (c == '`') break;
            if (c == '\\' && "$`\\".indexOf(in.peek()) >= 0 && !in.atEnd()) c = in.next();
            inner.append(c);
        }
        Script script = parser.nested(inner.toString());
        return new Substitution(script, in.text.substring(start, in.pos));
    }

    private WordPart processSubstitution() throws ShellSyntaxException {
        int start = in.pos;
        in.pos += 2;
        Script script = parser.substitution();
        return new ProcessSubstitution(script, in.text.substring(start, in.pos));
    }

    private WordPart braceParameter() throws ShellSyntaxException {
        int start = in.pos;
        in.pos += 2;
        int nameStart = in.pos;
        if (in.peek() == '!' || in.peek() == '#') in.pos++;
        while (Cursor.isNameChar(in.peek()) || (in.pos == nameStart && SPECIAL_PARAMETERS.indexOf(in.peek()) >= 0)) {
            in.pos++;
        }
        String name = in.text.substring(nameStart, in.pos);
        Parts inner = new Parts();
        int depth = 1;
        while (depth > 0) {
            if (in.atEnd()) throw in.error("unterminated ${...} expansion");
            char c = in.peek();
            if (c == '}') { in.pos++; depth--; }
            else if (c == '\\') { in.pos = Math.min(in.text.length(), in.pos + 2); }
            else if (c == '\'') { in.pos++; until('\'', "single quote"); }
            else if (c == '"') { in.pos++; doubleQuoted(inner, true); }
            else if (c == '$' && in.peek(1) == '{') { in.pos += 2; depth++; }
            else if (c == '$' || c == '`') { dollarOrBacktick(inner, true); }
            else { in.pos++; }
        }
        return new Parameter(name, in.text.substring(start, in.pos), inner.word().scripts());
    }

    private WordPart arithmetic() throws ShellSyntaxException {
        int start = in.pos;
        in.pos += 3;
        Parts inner = new Parts();
        int depth = 0;
        while (true) {
            if (in.atEnd()) throw in.error("unterminated $((...)) expansion");
            char c = in.peek();
            if (c == ')' && depth == 0) {
                if (in.peek(1) != ')') throw in.error("expected )) to close $((");
                in.pos += 2;
                break;
            }
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (c == '$' || c == '`') dollarOrBacktick(inner, true); else in.pos++;
        }
        return new Arithmetic(in.text.substring(start, in.pos), inner.word().scripts());
    }

    private boolean tildeAllowed(Parts parts, int wordStart) {
        if (in.pos == wordStart) return true;
        String before = in.text.substring(wordStart, in.pos);
        return ASSIGNMENT_START.matcher(before).matches() && parts.onlyUnquoted();
    }

    private WordPart tilde() {
        in.pos++;
        int start = in.pos;
        while (!in.atEnd() && (Cursor.isNameChar(in.peek()) || in.peek() == '.' || in.peek() == '-')) in.pos++;
        return new Tilde(in.text.substring(start, in.pos));
    }

    /** {@code name=(a b c)}: the elements may hold substitutions, so they are read as words. */
    private void arrayElements(Parts parts) throws ShellSyntaxException {
        in.pos++;
        parts.unquoted('(');
        while (true) {
            parser.skipBlanksAndNewlines();
            if (in.atEnd()) throw in.error("unterminated array assignment");
            if (in.peek() == ')') {
                in.pos++;
                parts.unquoted(')');
                return;
            }
            for (WordPart part : word().parts()) parts.add(part);
            parts.unquoted(' ');
        }
    }

    private String until(char close, String what) throws ShellSyntaxException {
        int end = in.text.indexOf(close, in.pos);
        if (end < 0) throw in.error("unterminated " + what);
        String text = in.text.substring(in.pos, end);
        in.pos = end + 1;
        return text;
    }

    /** Builds a word, merging adjacent literal text of the same quoting. */
    static final class Parts {
        private final List<WordPart> parts = new ArrayList<>();
        private final StringBuilder pending = new StringBuilder();
        private boolean pendingQuoted;

        void unquoted(char c) { text(String.valueOf(c), false); }

        void quoted(String text) { text(text, true); }

        void add(WordPart part) {
            if (part instanceof Literal literal) {
                text(literal.text(), literal.quoted());
                return;
            }
            flush();
            parts.add(part);
        }

        boolean onlyUnquoted() { return !pendingQuoted && parts.stream().allMatch(p -> p instanceof Literal l && !l.quoted()); }

        Word word() {
            flush();
            return new Word(parts);
        }

        private void text(String text, boolean quoted) {
            if (!pending.isEmpty() && pendingQuoted != quoted) flush();
            pendingQuoted = quoted;
            pending.append(text);
        }

        private void flush() {
            if (pending.isEmpty()) return;
            parts.add(new Literal(pending.toString(), pendingQuoted));
            pending.setLength(0);
        }
    }
}
