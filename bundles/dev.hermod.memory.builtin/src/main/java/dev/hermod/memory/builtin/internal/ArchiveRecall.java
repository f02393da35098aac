package dev.hermod.memory.builtin.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hermod.api.memory.MemorySearchHit;

/**
 * Turns archive matches into recall hits: one per distinct entry text, labelled with what became
 * of it. For the model, entries still pinned are left out (they are in the prompt already); for
 * operators they are kept and labelled {@code pinned}.
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

    /** Hits for the model: entries no longer pinned. */
    static List<RecallHit> lines(List<ArchiveMatch> matches, Collection<String> pinned) {
        return hits(matches, pinned, false);
    }

    /**
     * One hit per distinct text, in first-match order.
     *
     * @param keepPinned true to keep entries pinned now, labelled {@code pinned}; false to leave them out
     */
    static List<RecallHit> hits(List<ArchiveMatch> matches, Collection<String> pinned, boolean keepPinned) {
        Map<String, Candidate> byText = new LinkedHashMap<>();
        for (ArchiveMatch match : matches) {
            offer(byText, pinned, keepPinned, match, match.entry(), match.action().recallLabel(),
                    match.action().endsEntry());
            if (match.action() == ArchiveAction.REPLACE) {
                offer(byText, pinned, keepPinned, match, match.previous(), "replaced", true);
            }
        }
        List<RecallHit> hits = new ArrayList<>();
        byText.forEach((text, c) -> {
            String label = pinned.contains(text) ? "pinned" : c.label;
            hits.add(new RecallHit("entry:" + text, c.rank, MemorySearchHit.Source.ARCHIVE, "#" + c.labelId, c.at,
                    c.target.id() + ", " + Instant.ofEpochMilli(c.at).atZone(ZoneOffset.UTC).toLocalDate() + ", "
                            + label, text.replaceAll("\\s+", " ").strip()));
        });
        return hits;
    }

    private static void offer(Map<String, Candidate> byText, Collection<String> pinned, boolean keepPinned,
            ArchiveMatch match, String text, String label, boolean ends) {
        if (text.isBlank() || (!keepPinned && pinned.contains(text))) return;
        Candidate known = byText.get(text);
        if (known == null) byText.put(text, new Candidate(match, label, ends));
        else known.offer(match, label, ends);
    }
}
