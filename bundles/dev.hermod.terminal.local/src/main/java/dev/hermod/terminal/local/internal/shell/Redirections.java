package dev.hermod.terminal.local.internal.shell;

import java.util.ArrayList;
import java.util.List;

/** Reads redirections and the bodies of here-documents. */
final class Redirections {

    private static final List<String> OPERATORS =
            List.of("<<<", "<<-", "&>>", "<<", "<>", "<&", ">>", ">&", ">|", "&>", "<", ">");

    private final Cursor in;
    private final WordReader words;
    private final ShellParser parser;
    private final List<HereDocument> pending = new ArrayList<>();

    Redirections(Cursor in, WordReader words, ShellParser parser) {
        this.in = in;
        this.words = words;
        this.parser = parser;
    }

    /** Whether a redirection ({@code 2>}, {@code {fd}<}, {@code &>} ...) starts at the cursor. */
    boolean atRedirect() { return operatorStart() >= 0; }

    /** Reads one redirection. */
    Redirect read() throws ShellSyntaxException {
        in.pos = operatorStart();
        String operator = OPERATORS.stream().filter(in::startsWith).findFirst().orElseThrow();
        in.pos += operator.length();
        parser.skipBlanks();
        if (in.atEnd() || Cursor.isMetacharacter(in.peek())) throw in.error("missing target after " + operator);
        Word target = words.word();
        if (!operator.equals("<<") && !operator.equals("<<-")) return new Redirect(operator, target, null);
        boolean quoted = target.parts().stream().anyMatch(p -> p instanceof WordPart.Literal l && l.quoted());
        HereDocument heredoc = new HereDocument(target.text(), quoted, operator.equals("<<-"));
        pending.add(heredoc);
        return new Redirect(operator, target, heredoc);
    }

    /** Redirections after a compound command ({@code done > log}, {@code ) 2>&1}). */
    List<Redirect> trailing() throws ShellSyntaxException {
        List<Redirect> redirects = new ArrayList<>();
        while (true) {
            parser.skipBlanks();
            if (!atRedirect()) return redirects;
            redirects.add(read());
        }
    }

    /** Reads the here-document bodies announced on the line that just ended. */
    void readPendingBodies() throws ShellSyntaxException {
        for (HereDocument heredoc : pending) {
            StringBuilder body = new StringBuilder();
            while (!in.atEnd()) {
                int end = in.text.indexOf('\n', in.pos);
                if (end < 0) end = in.text.length();
                String line = in.text.substring(in.pos, end);
                in.pos = Math.min(in.text.length(), end + 1);
                if (heredoc.stripTabs()) line = line.replaceFirst("^\t+", "");
                if (line.equals(heredoc.delimiter())) break;
                body.append(line).append('\n');
            }
            heredoc.body(heredoc.quoted() ? Word.literal(body.toString()) : parser.nestedText(body.toString()));
        }
        pending.clear();
    }

    private int operatorStart() {
        int at = in.pos;
        if (in.peek() == '{') {
            int close = in.text.indexOf('}', at);
            if (close > at + 1 && in.text.substring(at + 1, close).matches("[A-Za-z_][A-Za-z0-9_]*")) at = close + 1;
        }
        while (at < in.text.length() && Character.isDigit(in.text.charAt(at))) at++;
        if (at >= in.text.length()) return -1;
        char c = in.text.charAt(at);
        if (c == '&' && at == in.pos && at + 1 < in.text.length() && in.text.charAt(at + 1) == '>') return at;
        if (c != '<' && c != '>') return -1;
        boolean processSubstitution = at + 1 < in.text.length() && in.text.charAt(at + 1) == '(';
        return processSubstitution && at == in.pos ? -1 : at;
    }
}
