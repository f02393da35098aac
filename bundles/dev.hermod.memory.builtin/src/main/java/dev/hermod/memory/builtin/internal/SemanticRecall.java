package dev.hermod.memory.builtin.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.hermod.api.embedding.EmbeddingModel;
import dev.hermod.api.memory.MemorySearchHit;

/**
 * Recall by meaning: the query's embedding against the cached vectors of archive entries and past
 * messages of the caller (cosine, brute force). Finds nothing without an embedding model, before
 * its vectors are loaded, or when it fails (the failure shows in status).
 */
final class SemanticRecall {

    private final Supplier<EmbeddingModel> model;
    private final EmbeddingIndexer indexer;
    private final SqliteArchive archive;
    private final SessionRecall sessions;
    private final double floor;

    /** @param floor the least cosine similarity a text needs to be recalled */
    SemanticRecall(Supplier<EmbeddingModel> model, EmbeddingIndexer indexer, SqliteArchive archive,
            SessionRecall sessions, double floor) {
        this.model = model;
        this.indexer = indexer;
        this.archive = archive;
        this.sessions = sessions;
        this.floor = floor;
    }

    /**
     * The closest texts of {@code scope} (not of session {@code currentSession}), best first, at
     * most two per session, ranked by minus their similarity.
     */
    List<RecallHit> find(String query, MemoryScope scope, String currentSession, Collection<String> pinned,
            boolean keepPinned, int limit) {
        EmbeddingModel m = model.get();
        if (m == null || query == null || query.isBlank() || limit <= 0) return List.of();
        indexer.request();
        Optional<VectorIndex> index = indexer.ready(m);
        if (index.isEmpty()) return List.of();
        float[] vector;
        try {
            vector = m.embed(query);
        } catch (RuntimeException e) {
            indexer.failed(e);
            return List.of();
        }
        String user = scope.key();
        List<String> visible = scope.visibleScopes();
        Predicate<VectorIndex.Entry> eligible = e -> e.kind() == VectorKind.ARCHIVE
                ? visible.contains(e.scope())
                : e.scope().equals(user) && !e.sessionId().equals(currentSession);
        List<VectorIndex.Scored> near = index.get().nearest(vector, eligible, limit * 4, floor);
        List<RecallHit> hits = new ArrayList<>(fromArchive(near, visible, pinned, keepPinned));
        hits.addAll(fromMessages(near));
        hits.sort(Comparator.comparingDouble(RecallHit::rank));
        return capped(hits, limit);
    }

    private List<RecallHit> fromArchive(List<VectorIndex.Scored> near, List<String> visible,
            Collection<String> pinned, boolean keepPinned) {
        Map<Long, Double> byId = similarities(near, VectorKind.ARCHIVE);
        if (byId.isEmpty()) return List.of();
        Map<Long, String> entries = archive.entries(byId.keySet());
        Map<String, Double> byText = new LinkedHashMap<>();
        entries.forEach((id, text) -> byText.merge(text, byId.get(id), Math::max));
        List<ArchiveMatch> matches = new ArrayList<>();
        for (ArchiveMatch match : archive.about(byText.keySet(), visible)) {
            double similarity = byText.getOrDefault(match.entry(), byText.getOrDefault(match.previous(), 0.0));
            matches.add(new ArchiveMatch(match.id(), match.createdAt(), match.target(), match.action(), match.entry(),
                    match.previous(), -similarity));
        }
        return ArchiveRecall.hits(matches, pinned, keepPinned).stream()
                .filter(h -> byText.containsKey(h.key().substring("entry:".length()))).toList();
    }

    private List<RecallHit> fromMessages(List<VectorIndex.Scored> near) {
        Map<Long, Double> byId = similarities(near, VectorKind.MESSAGE);
        if (byId.isEmpty()) return List.of();
        try {
            List<RecallHit> hits = new ArrayList<>();
            sessions.messages(List.copyOf(byId.keySet())).forEach((id, hit) -> hits.add(hit.withRank(-byId.get(id))));
            return hits;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read past messages: " + e.getMessage(), e);
        }
    }

    private static Map<Long, Double> similarities(List<VectorIndex.Scored> near, VectorKind kind) {
        Map<Long, Double> out = new HashMap<>();
        for (VectorIndex.Scored s : near) {
            if (s.entry().kind() == kind) out.put(s.entry().refId(), s.similarity());
        }
        return out;
    }

    private static List<RecallHit> capped(List<RecallHit> hits, int limit) {
        List<RecallHit> out = new ArrayList<>();
        Map<String, Integer> perSession = new HashMap<>();
        for (RecallHit hit : hits) {
            if (out.size() == limit) break;
            if (hit.source() == MemorySearchHit.Source.SESSION
                    && perSession.merge(hit.reference(), 1, Integer::sum) > SessionRecall.PER_SESSION) continue;
            out.add(hit);
        }
        return out;
    }
}
