package dev.hermod.memory.builtin.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recall for the next message: archived memories that are no longer pinned and snippets of the
 * caller's past sessions, best first, as compact lines within a token budget (about 4 characters
 * per token). Full text (FTS5) always; with an embedding model, fused with recall by meaning.
 */
final class Recall {

    private static final Logger LOG = System.getLogger(Recall.class.getName());
    private static final int ARCHIVE_ROWS = 40;
    private static final int SESSION_SNIPPETS = 8;
    private static final int MAX_LINE = 320;

    private final MemoryStore store;
    private final MemoryArchive archive;
    private final SessionRecall sessions;
    private final SemanticRecall semantic;
    private final int semanticHits;

    /** @param semanticHits the most finds recall by meaning adds to the full-text ones */
    Recall(MemoryStore store, MemoryArchive archive, SessionRecall sessions, SemanticRecall semantic,
            int semanticHits) {
        this.store = store;
        this.archive = archive;
        this.sessions = sessions;
        this.semantic = semantic;
        this.semanticHits = semanticHits;
    }

    /** The recall block, or empty when nothing matches or the budget is not positive. */
    String prefetch(MemoryScope scope, String sessionId, String query, int tokenBudget) {
        List<String> words = FtsTerms.words(query);
        if (words.isEmpty() || tokenBudget <= 0) return "";
        List<RecallHit> hits = search(scope, query, words, sessionId, false, SESSION_SNIPPETS);
        return fit(hits, tokenBudget * 4L);
    }

    /** What an operator's search finds: pinned entries too (labelled), best first, at most {@code limit}. */
    List<RecallHit> search(MemoryScope scope, String query, int limit) {
        List<String> words = FtsTerms.words(query);
        if (words.isEmpty() || limit <= 0) return List.of();
        List<RecallHit> hits = search(scope, query, words, "", true, Math.max(SESSION_SNIPPETS, limit));
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    private List<RecallHit> search(MemoryScope scope, String query, List<String> words, String sessionId,
            boolean keepPinned, int snippets) {
        Set<String> pinned = new HashSet<>();
        List<RecallHit> hits = new ArrayList<>(fromArchive(FtsTerms.anyOf(words), scope, pinned, keepPinned));
        hits.addAll(fromSessions(words, sessionId, scope, snippets));
        hits.sort(Comparator.comparingDouble(RecallHit::rank));
        return RankFusion.fuse(hits, bySemantics(query, scope, sessionId, pinned, keepPinned));
    }

    /** Fills {@code pinned} with the entries pinned now, for the semantic search to use too. */
    private List<RecallHit> fromArchive(String match, MemoryScope scope, Set<String> pinned, boolean keepPinned) {
        try {
            pinned.addAll(store.entries(MemoryTarget.MEMORY, scope));
            pinned.addAll(store.entries(MemoryTarget.USER, scope));
            return ArchiveRecall.hits(archive.search(match, scope.visibleScopes(), ARCHIVE_ROWS), pinned, keepPinned);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Memory recall skipped the archive: " + e.getMessage(), e);
            return List.of();
        }
    }

    private List<RecallHit> fromSessions(List<String> words, String sessionId, MemoryScope scope, int limit) {
        try {
            return sessions.search(words, sessionId, scope, limit);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Memory recall skipped past sessions: " + e.getMessage(), e);
            return List.of();
        }
    }

    private List<RecallHit> bySemantics(String query, MemoryScope scope, String sessionId, Set<String> pinned,
            boolean keepPinned) {
        try {
            return semantic.find(query, scope, sessionId, pinned, keepPinned, semanticHits);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Memory recall skipped recall by embeddings: " + e.getMessage(), e);
            return List.of();
        }
    }

    private static String fit(List<RecallHit> hits, long budgetChars) {
        StringBuilder out = new StringBuilder();
        for (RecallHit hit : hits) {
            String line = cut(hit.line(), (int) Math.min(MAX_LINE, budgetChars));
            int needed = line.length() + (out.isEmpty() ? 0 : 1);
            if (out.length() + needed > budgetChars) continue;
            if (!out.isEmpty()) out.append('\n');
            out.append(line);
        }
        return out.toString();
    }

    private static String cut(String line, int most) {
        return line.length() <= most ? line : line.substring(0, Math.max(0, most - 1)) + "…";
    }
}
