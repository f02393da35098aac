package dev.hermod.gateway.cli.internal;

import java.util.List;
import java.util.function.Supplier;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** Completes slash commands, skill names after /skills, and model names after /model. */
final class SlashCompleter implements Completer {
    private final Supplier<List<String>> skillNames;
    private final Supplier<List<String>> modelNames;

    SlashCompleter(Supplier<List<String>> skillNames, Supplier<List<String>> modelNames) {
        this.skillNames = skillNames;
        this.modelNames = modelNames;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        if (line.wordIndex() == 0 && line.word().startsWith("/")) {
            SlashCommands.COMMANDS.forEach(c -> candidates.add(
                    new Candidate(c.name(), c.name(), null, c.help(), null, null, true)));
        } else if (line.wordIndex() == 1 && "/skills".equals(words.get(0))) {
            skillNames.get().forEach(name -> candidates.add(new Candidate(name)));
        } else if (line.wordIndex() == 1 && "/model".equals(words.get(0))) {
            modelNames.get().forEach(name -> candidates.add(new Candidate(name)));
        }
    }
}
