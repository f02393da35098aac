package dev.hermod.terminal.local.internal.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code case word in pattern) list ;; ... esac}. The subject and patterns become the words of a
 * pseudo-command named {@code case} (so their substitutions are seen); the item lists become the body.
 */
final class CaseParser {

    private final Cursor in;
    private final WordReader words;
    private final ShellParser parser;
    private final Redirections redirections;

    CaseParser(Cursor in, WordReader words, ShellParser parser, Redirections redirections) {
        this.in = in;
        this.words = words;
        this.parser = parser;
        this.redirections = redirections;
    }

    Command parse() throws ShellSyntaxException {
        in.pos += "case".length();
        parser.skipBlanks();
        List<Word> header = new ArrayList<>(List.of(Word.literal("case"), words.word()));
        parser.skipBlanksAndNewlines();
        if (!"in".equals(in.plainWord())) throw in.error("expected 'in' after case word");
        in.pos += 2;
        List<Pipeline> body = new ArrayList<>();
        while (true) {
            parser.skipBlanksAndNewlines();
            if (in.atEnd()) throw in.error("missing 'esac'");
            if ("esac".equals(in.plainWord())) {
                in.pos += 4;
                break;
            }
            patterns(header);
            body.addAll(parser.list(ShellParser.Closer.CASE_ITEM).pipelines());
            if (in.startsWith(";;&")) in.pos += 3;
            else if (in.startsWith(";;") || in.startsWith(";&")) in.pos += 2;
        }
        body.addFirst(new Pipeline(List.of(new SimpleCommand(List.of(), header, List.of())), false));
        return new CompoundCommand(new Script(body), false, redirections.trailing());
    }

    private void patterns(List<Word> header) throws ShellSyntaxException {
        if (in.peek() == '(') in.pos++;
        while (true) {
            parser.skipBlanks();
            if (in.atEnd()) throw in.error("missing ')' after case pattern");
            char c = in.peek();
            if (c == ')') {
                in.pos++;
                return;
            }
            if (c == '|') in.pos++; else header.add(words.word());
        }
    }
}
