package dev.hermod.memory.holographic.internal;

import java.util.List;
import java.util.Locale;

/** Compact one-line renderings of facts, for the model. */
final class FactLines {

    private FactLines() {}

    /** {@code [fact #12, trust 0.55] text}, with its state when not plainly current. */
    static String line(Fact fact) {
        return "[" + head(fact) + "] " + fact.text();
    }

    /** As {@link #line(Fact)}, with the score. */
    static String line(Scored scored) {
        return "[" + head(scored.fact()) + String.format(Locale.ROOT, ", score %.2f", scored.score()) + "] "
                + scored.fact().text();
    }

    /** As {@link #line(Scored)}, followed by the fact's entities. */
    static String withEntities(Scored scored) {
        List<String> names = scored.fact().entities();
        return line(scored) + (names.isEmpty() ? "" : " {" + String.join("; ", names) + "}");
    }

    private static String head(Fact fact) {
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "fact #%d, trust %.2f", fact.id(), fact.trust()));
        if (fact.contradictedBy() != 0) head.append(", contradicted by #").append(fact.contradictedBy());
        if (fact.supersededBy() == Fact.REMOVED) head.append(", removed");
        else if (fact.supersededBy() != 0) head.append(", superseded by #").append(fact.supersededBy());
        return head.toString();
    }

    /**
     * The prefetch block: a header and whole lines, best first, within {@code maxChars}; a line that
     * does not fit is skipped. Empty when not even one line fits.
     */
    static String block(List<Scored> ranked, int maxChars, List<Scored> shown) {
        String header = "Recalled facts (holographic memory; rate with fact_feedback):";
        StringBuilder out = new StringBuilder(header);
        for (Scored scored : ranked) {
            String line = "\n" + line(scored.fact());
            if (out.length() + line.length() > maxChars) continue;
            out.append(line);
            shown.add(scored);
        }
        return shown.isEmpty() ? "" : out.toString();
    }
}
