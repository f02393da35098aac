package dev.hermod.bench.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One recalled line and the dataset turn it shows ({@code turnId} null when it cannot be mapped to
 * a turn, such as an archived memory entry; it still takes a rank and costs tokens).
 */
record Recalled(String turnId, String line) {

    private static final Pattern SESSION_LINE = Pattern.compile("^- \\[session ([^,\\]]+), (\\w+)\\] (.*)$");
    private static final Pattern FACT_LINE = Pattern.compile("^\\[fact #(\\d+),[^\\]]*\\] .*$");

    /** The lines of the built-in memory's prefetch block, in order. */
    static List<Recalled> fromBuiltin(String block, TurnIndex index) {
        List<Recalled> out = new ArrayList<>();
        for (String line : lines(block)) {
            Matcher m = SESSION_LINE.matcher(line);
            out.add(new Recalled(m.matches() ? index.turnOfSnippet(m.group(1), m.group(2), m.group(3)) : null, line));
        }
        return out;
    }

    /** The fact lines of the holographic memory's prefetch block (its header dropped), in order. */
    static List<Recalled> fromHolographic(String block, TurnIndex index) {
        List<Recalled> out = new ArrayList<>();
        for (String line : lines(block)) {
            Matcher m = FACT_LINE.matcher(line);
            if (m.matches()) out.add(new Recalled(index.turnOfFact(Long.parseLong(m.group(1))), line));
        }
        return out;
    }

    /** The length of the block these lines make, one per line. */
    static int chars(List<Recalled> lines) {
        int chars = Math.max(0, lines.size() - 1);
        for (Recalled r : lines) chars += r.line().length();
        return chars;
    }

    private static List<String> lines(String block) {
        return block == null || block.isBlank() ? List.of() : List.of(block.split("\n"));
    }
}
