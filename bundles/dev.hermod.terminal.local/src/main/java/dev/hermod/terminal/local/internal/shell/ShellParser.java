package dev.hermod.terminal.local.internal.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses a bash command line into {@link Script}s. It is a recognizer for safety analysis, not an
 * interpreter: it accepts what bash accepts closely enough that every command bash would run
 * appears in the tree, and rejects what it cannot follow (so that callers fail closed).
 */
public final class ShellParser {

    /** Deeper nesting than this is refused rather than risked. */
    static final int MAX_DEPTH = 48;

    private static final Set<String> PREFIX_KEYWORDS = Set.of("if", "then", "else", "elif", "do", "while",
            "until", "!", "time", "coproc");
    private static final Set<String> CLOSING_KEYWORDS = Set.of("fi", "done", "esac");

    /** Where a command list ends. */
    enum Closer { END, PAREN, BRACE, CASE_ITEM }

    private final Cursor in;
    private final WordReader words;
    private final Redirections redirections;
    private final int depth;
    private int nesting;

    private ShellParser(String text, int depth) throws ShellSyntaxException {
        if (depth > MAX_DEPTH) throw new ShellSyntaxException("nested too deeply to analyse", 0);
        this.in = new Cursor(text);
        this.depth = depth;
        this.words = new WordReader(in, this);
        this.redirections = new Redirections(in, words, this);
    }

    /** Parses a whole command line. */
    public static Script parse(String text) throws ShellSyntaxException {
        return new ShellParser(text, 0).all();
    }

    private Script all() throws ShellSyntaxException {
        Script script = list(Closer.END);
        if (!in.atEnd()) throw in.error("unexpected '" + in.peek() + "'");
        return script;
    }

    /** Parses text found inside this one (backticks, here-document bodies) with its own cursor. */
    Script nested(String text) throws ShellSyntaxException { return new ShellParser(text, depth + 1).all(); }

    /** Parses a here-document body: text with expansions, to the end. */
    Word nestedText(String text) throws ShellSyntaxException {
        ShellParser parser = new ShellParser(text, depth + 1);
        WordReader.Parts parts = new WordReader.Parts();
        parser.words.doubleQuoted(parts, false);
        return parts.word();
    }

    /** Parses the list of a {@code $(...)}, {@code <(...)} or {@code >(...)}; the cursor is after the {@code (}. */
    Script substitution() throws ShellSyntaxException {
        Script script = list(Closer.PAREN);
        expect(')');
        return script;
    }

    Script list(Closer closer) throws ShellSyntaxException {
        if (++nesting + depth > MAX_DEPTH) throw in.error("nested too deeply to analyse");
        List<Pipeline> pipelines = new ArrayList<>();
        while (true) {
            skipBlanksAndNewlines();
            while (in.peek() == ';' && in.peek(1) != ';' && in.peek(1) != '&') {
                in.pos++;
                skipBlanksAndNewlines();
            }
            if (atCloser(closer)) break;
            List<Command> commands = pipeline(closer);
            skipBlanks();
            boolean background = false;
            if (in.startsWith("&&") || in.startsWith("||")) in.pos += 2;
            else if (in.peek() == '&' && in.peek(1) != '>') { in.pos++; background = true; }
            else if (in.peek() == ';' && in.peek(1) != ';' && in.peek(1) != '&') in.pos++;
            else if (!in.atEnd() && in.peek() != '\n' && !atCloser(closer)) throw in.error("unexpected '" + in.peek() + "'");
            pipelines.add(new Pipeline(commands, background));
        }
        nesting--;
        return new Script(pipelines);
    }

    private boolean atCloser(Closer closer) throws ShellSyntaxException {
        if (in.atEnd()) {
            if (closer == Closer.PAREN) throw in.error("missing ')'");
            if (closer == Closer.BRACE) throw in.error("missing '}'");
            if (closer == Closer.CASE_ITEM) throw in.error("missing 'esac'");
            return true;
        }
        String word = in.plainWord();
        return switch (closer) {
            case PAREN -> in.peek() == ')';
            case BRACE -> "}".equals(word);
            case CASE_ITEM -> in.startsWith(";;") || in.startsWith(";&") || "esac".equals(word);
            case END -> false;
        };
    }

    private List<Command> pipeline(Closer closer) throws ShellSyntaxException {
        List<Command> commands = new ArrayList<>();
        commands.add(command(closer));
        while (true) {
            skipBlanks();
            if (in.peek() != '|' || in.peek(1) == '|') return commands;
            in.pos += in.peek(1) == '&' ? 2 : 1;
            skipBlanksAndNewlines();
            commands.add(command(closer));
        }
    }

    Command command(Closer closer) throws ShellSyntaxException {
        skipBlanks();
        if (in.peek() == '(') {
            in.pos++;
            Script body = list(Closer.PAREN);
            expect(')');
            return new CompoundCommand(body, true, redirections.trailing());
        }
        String keyword = in.plainWord();
        if (keyword == null) return simple();
        if (PREFIX_KEYWORDS.contains(keyword)) {
            in.pos += keyword.length();
            skipBlanks();
            if (keyword.equals("time") && "-p".equals(in.plainWord())) in.pos += 2;
            return command(closer);
        }
        if (CLOSING_KEYWORDS.contains(keyword)) {
            in.pos += keyword.length();
            return new SimpleCommand(List.of(), List.of(), redirections.trailing());
        }
        return switch (keyword) {
            case "{" -> group();
            case "}" -> throw in.error("unexpected '}'");
            case "function" -> function();
            case "case" -> new CaseParser(in, words, this, redirections).parse();
            case "[[" -> conditional();
            default -> simple();
        };
    }

    private Command group() throws ShellSyntaxException {
        in.pos++;
        Script body = list(Closer.BRACE);
        in.pos++; // the '}' that list() stopped at
        return new CompoundCommand(body, false, redirections.trailing());
    }

    private Command function() throws ShellSyntaxException {
        in.pos += "function".length();
        skipBlanks();
        String name = words.word().text();
        skipBlanks();
        if (in.peek() == '(') {
            in.pos++;
            skipBlanks();
            expect(')');
        }
        skipBlanksAndNewlines();
        return new FunctionDefinition(name, command(Closer.END));
    }

    /** {@code [[ ... ]]}: its operators are not list or redirection operators. */
    private Command conditional() throws ShellSyntaxException {
        in.pos += 2;
        List<Word> args = new ArrayList<>(List.of(Word.literal("[[")));
        while (true) {
            skipBlanksAndNewlines();
            if (in.atEnd()) throw in.error("missing ']]'");
            if ("]]".equals(in.plainWord())) {
                in.pos += 2;
                return new SimpleCommand(List.of(), args, redirections.trailing());
            }
            char c = in.peek();
            if ("&|<>()!".indexOf(c) >= 0) in.pos++;
            else args.add(words.word());
        }
    }

    private Command simple() throws ShellSyntaxException {
        List<Word> assignments = new ArrayList<>();
        List<Word> args = new ArrayList<>();
        List<Redirect> redirects = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (in.atEnd() || "\n;|)".indexOf(in.peek()) >= 0) break;
            if (in.peek() == '&' && in.peek(1) != '>') break;
            if (redirections.atRedirect()) {
                redirects.add(redirections.read());
            } else if (in.peek() == '(') {
                if (!args.isEmpty() && args.getFirst().literal().filter(w -> w.equals("for") || w.equals("select")).isPresent()) {
                    skipArithmeticFor();
                } else if (args.size() == 1 && assignments.isEmpty() && redirects.isEmpty()) {
                    return functionAfterName(args.getFirst());
                } else {
                    throw in.error("unexpected '('");
                }
            } else {
                Word word = words.word();
                if (args.isEmpty() && isAssignment(word)) assignments.add(word); else args.add(word);
            }
        }
        return new SimpleCommand(assignments, args, redirects);
    }

    private Command functionAfterName(Word name) throws ShellSyntaxException {
        in.pos++;
        skipBlanks();
        expect(')');
        skipBlanksAndNewlines();
        return new FunctionDefinition(name.text(), command(Closer.END));
    }

    /** {@code for ((i = 0; i < n; i++))}: arithmetic, not commands. */
    private void skipArithmeticFor() throws ShellSyntaxException {
        int depth = 0;
        do {
            if (in.atEnd()) throw in.error("unterminated for ((...))");
            char c = in.next();
            if (c == '(') depth++;
            if (c == ')') depth--;
        } while (depth > 0);
    }

    private static boolean isAssignment(Word word) {
        if (word.parts().isEmpty() || !(word.parts().getFirst() instanceof WordPart.Literal first) || first.quoted()) return false;
        return first.text().matches("[A-Za-z_][A-Za-z0-9_]*(\\[[^]]*])?\\+?=.*");
    }

    void expect(char c) throws ShellSyntaxException {
        if (in.peek() != c || in.atEnd()) throw in.error("expected '" + c + "'");
        in.pos++;
    }

    /** Skips blanks, line continuations, unquoted {@code $IFS} and comments (not newlines). */
    void skipBlanks() {
        while (!in.atEnd()) {
            char c = in.peek();
            int ifs = in.ifsLength();
            if (c == ' ' || c == '\t') in.pos++;
            else if (c == '\\' && in.peek(1) == '\n') in.pos += 2;
            else if (ifs > 0) in.pos += ifs;
            else if (c == '#') { while (!in.atEnd() && in.peek() != '\n') in.pos++; }
            else return;
        }
    }

    /** Skips blanks and newlines; after each newline reads the bodies of pending here-documents. */
    void skipBlanksAndNewlines() throws ShellSyntaxException {
        while (true) {
            skipBlanks();
            if (in.peek() != '\n' || in.atEnd()) return;
            in.pos++;
            redirections.readPendingBodies();
        }
    }
}
