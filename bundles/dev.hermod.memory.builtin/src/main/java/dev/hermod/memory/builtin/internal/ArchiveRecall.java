package dev.hermod.memory.builtin.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns archive matches into recall lines: one per distinct entry text that is no longer pinned
 * (the pinned ones are in the prompt already), labelled with what became of it.
 */
final class ArchiveRecall {

    private static final class Candidate {
        final MemoryTarget target;
        double rank;
        long labelId;
        long at;
        String label;
        boolean ends;

        Candidate(ArchiveMatch match, String label, boolean ends) {
            this.target = match.target();
            this.rank = match.rank();
            relabel(match, label, ends);
        }

        /** The row that says why the text left the file wins over one that only added it; the latest such row. */
        void offer(ArchiveMatch match, String label, boolean ends) {
            rank = Math.min(rank, match.rank());
            if (ends && (!this.ends || match.id() > labelId)) relabel(match, label, true);
        }

        private void relabel(ArchiveMatch match, String label, boolean ends) {
            this.labelId = match.id();
            this.at = match.createdAt();
            this.label = label;
            this.ends = ends;
        }
    }

    private ArchiveRecall() {}

    static List<RecallHit> lines(List<ArchiveMatch> matches, Collection<String> pinned) {
        Map<String, Candidate> byText = new LinkedHashMap<>();
        for (ArchiveMatch match : matches) {
            offer(byText, pinned, match, match.entry(), match.action().recallLabel(), match.action().endsEntry());
            if (match.action() == ArchiveAction.REPLACE) offer(byText, pinned, match, match.previous(), "replaced", true);
        }
        List<RecallHit> hits = new ArrayList<>();
        byText.forEach((text, c) -> hits.add(new RecallHit(c.rank, "- [" + c.target.id() + ", "
                + Instant.ofEpochMilli(c.at).atZone(ZoneOffset.UTC).toLocalDate() + ", " + c.label + "] "
                + text.replaceAll("\\s+", " ").strip())));
        return hits;
    }

    private static void offer(Map<String, Candidate> byText, Collection<String> pinned, ArchiveMatch match,
            String text, String label, boolean ends) {
        if (text.isBlank() || pinned.contains(text)) return;
        Candidate known = byText.get(text);
        if (known == null) byText.put(text, new Candidate(match, label, ends));
        else known.offer(match, label, ends);
    }
}
