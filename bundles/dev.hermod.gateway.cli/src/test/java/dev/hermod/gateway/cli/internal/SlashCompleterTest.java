package dev.hermod.gateway.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.Parser.ParseContext;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;

class SlashCompleterTest {
    final SlashCompleter completer = new SlashCompleter(() -> List.of("deploy-app", "triage"), () -> List.of("default", "fast"));

    private List<String> complete(String line) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse(line, line.length(), ParseContext.COMPLETE), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void completesSlashCommandsSkillsAndModels() {
        assertTrue(complete("/").containsAll(List.of("/help", "/new", "/tools", "/skills", "/memory", "/model", "/quit")));
        assertEquals(List.of("deploy-app", "triage"), complete("/skills "));
        assertEquals(List.of("default", "fast"), complete("/model f"));
        assertEquals(List.of(), complete("hello "));
    }
}
