package dev.hermod.memory.builtin.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.hermod.api.memory.MemoryContext;

/**
 * Recall for the next message: archived memories that are no longer pinned and snippets of the
 * caller's past sessions, best first, as compact lines within a token budget (about 4 characters
 * per token).
 */
final class Recall {

    private static final Logger LOG = System.getLogger(Recall.class.getName());
    private static final int ARCHIVE_ROWS = 40;
    private static final int SESSION_SNIPPETS = 8;
    private static final int MAX_LINE = 320;

    private final MemoryStore store;
    private final MemoryArchive archive;
    private final SessionRecall sessions;

    Recall(MemoryStore store, MemoryArchive archive, SessionRecall sessions) {
        this.store = store;
        this.archive = archive;
        this.sessions = sessions;
    }

    /** The recall block, or empty when nothing matches or the budget is not positive. */
    String prefetch(MemoryContext context, String query, int tokenBudget) {
        List<String> words = FtsTerms.words(query);
        if (words.isEmpty() || tokenBudget <= 0) return "";
        MemoryScope scope = MemoryScope.of(context);
        List<RecallHit> hits = new ArrayList<>(fromArchive(FtsTerms.anyOf(words), scope));
        hits.addAll(fromSessions(words, context.sessionId(), scope));
        hits.sort(Comparator.comparingDouble(RecallHit::rank));
        return fit(hits, tokenBudget * 4L);
    }

    private List<RecallHit> fromArchive(String match, MemoryScope scope) {
        try {
            Set<String> pinned = new HashSet<>(store.entries(MemoryTarget.MEMORY, scope));
            pinned.addAll(store.entries(MemoryTarget.USER, scope));
            return ArchiveRecall.lines(archive.search(match, scope.key(), ARCHIVE_ROWS), pinned);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Memory recall skipped the archive: " + e.getMessage(), e);
            return List.of();
        }
    }

    private List<RecallHit> fromSessions(List<String> words, String sessionId, MemoryScope scope) {
        try {
            return sessions.search(words, sessionId, scope, SESSION_SNIPPETS);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Memory recall skipped past sessions: " + e.getMessage(), e);
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
