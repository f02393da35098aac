package dev.hermod.terminal.local.internal.policy;

import java.util.ArrayList;
import java.util.List;

import dev.hermod.terminal.local.internal.shell.Word;
import dev.hermod.terminal.local.internal.shell.WordPart;

/** The commands {@code find -exec}, {@code -execdir}, {@code -ok} and {@code -okdir} run for each match. */
final class FindExec {

    private static final List<String> ACTIONS = List.of("-exec", "-execdir", "-ok", "-okdir");

    private FindExec() {}

    /**
     * What {@code {}} becomes: {@code START/*} (every entry) when no test narrows the search down,
     * else {@code START/{}} (some entry below START).
     */
    static Word entryOf(Word start, boolean selective) {
        List<WordPart> parts = new ArrayList<>(start.parts());
        parts.add(selective ? new WordPart.Literal("/{}", true) : new WordPart.Literal("/*", false));
        return new Word(parts);
    }

    /** Analyses each {@code -exec} command with {@code {}} replaced by {@code entry}. */
    static void run(Call call, List<Word> expression, Word entry) {
        for (int i = 0; i < expression.size(); i++) {
            if (!ACTIONS.contains(expression.get(i).text())) continue;
            List<Word> command = new ArrayList<>();
            int j = i + 1;
            for (; j < expression.size(); j++) {
                String text = expression.get(j).text();
                if (text.equals(";") || text.equals("+")) break;
                command.add(text.contains("{}") ? entry : expression.get(j));
            }
            if (!command.isEmpty()) call.analysis().argv(command, List.of(), new Cwd(call.cwd()), List.of());
            i = j;
        }
    }
}
