package dev.hermod.memory.holographic.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The read side: search, probe, related and reason. Candidates come only from the FTS5 index and
 * the entity links (at most {@value #CANDIDATES} of each), never from a scan of all facts. Facts
 * below the trust threshold, and superseded facts, are never returned.
 */
final class FactRecall {

    static final int CANDIDATES = 200;

    private final FactDatabase database;
    private final TrustPolicy trust;
    private final FactEncoder encoder;
    private final Ranking ranking;
    private final Clock clock;
    private final EntityExtractor extractor = new EntityExtractor();
    private final FactRows facts = new FactRows();
    private final EntityRows entities = new EntityRows();
    private final FtsCandidates fts = new FtsCandidates();

    FactRecall(FactDatabase database, MemorySettings settings, FactEncoder encoder, Clock clock) {
        this.database = database;
        this.trust = settings.trust();
        this.encoder = encoder;
        this.ranking = new Ranking(settings.weights(), encoder);
        this.clock = clock;
    }

    /** The best facts for {@code query}, scored 0.4·FTS + 0.3·Jaccard + 0.3·HRR (by default), at most {@code limit}. */
    List<Scored> search(String scope, String query, int limit) {
        Set<String> tokens = Tokens.of(query);
        List<Entity> named = extractor.extract(query);
        Set<String> keys = new LinkedHashSet<>(tokens);
        named.forEach(e -> keys.add(e.key()));
        if (keys.isEmpty()) return List.of();
        PhaseVector vector = encoder.encode(tokens, named);
        List<Scored> ranked = database.read(c -> {
            Map<Long, Double> bm25 = fts.find(c, scope, tokens, trust.threshold(), CANDIDATES);
            Set<Long> ids = new LinkedHashSet<>(bm25.keySet());
            ids.addAll(entities.factsFor(c, scope, keys, CANDIDATES).keySet());
            return ranking.rank(facts.current(c, scope, ids, trust.threshold()), bm25, tokens, vector, clock.millis());
        });
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    /**
     * Facts about one entity, ranked by how strongly their vector holds it: the similarity of the
     * fact with the entity role unbound to the entity's own vector.
     */
    List<Scored> probe(String scope, String entity, int limit) {
        String key = Entity.key(entity);
        List<Fact> found = database.read(c ->
                facts.current(c, scope, entities.factsFor(c, scope, List.of(key), CANDIDATES).keySet(), trust.threshold()));
        PhaseVector wanted = encoder.entity(key);
        List<Scored> out = new ArrayList<>();
        for (Fact fact : found) {
            double hrr = encoder.entitiesOf(encoder.vectorOf(fact)).similarity(wanted);
            out.add(new Scored(fact, hrr, 0, 0, hrr));
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed());
        return out.subList(0, Math.min(limit, out.size()));
    }

    /** Facts sharing an entity with fact {@code id}, ranked by HRR similarity to it. */
    List<Scored> relatedToFact(String scope, long id, int limit) {
        return database.read(c -> {
            Fact fact = facts.get(c, scope, id).orElseThrow(() -> FactMemory.unknown(id));
            Set<String> keys = entities.keysOf(c, List.of(id));
            if (keys.isEmpty()) keys = Tokens.of(fact.text());
            Set<Long> ids = new LinkedHashSet<>(entities.factsFor(c, scope, keys, CANDIDATES).keySet());
            ids.remove(id);
            return top(ranking.bySimilarity(facts.current(c, scope, ids, trust.threshold()), encoder.vectorOf(fact)), limit);
        });
    }

    /**
     * One hop out from an entity: facts sharing an entity with the facts about {@code entity}
     * (those themselves excluded), ranked by HRR similarity to their bundle.
     */
    List<Scored> relatedToEntity(String scope, String entity, int limit) {
        String key = Entity.key(entity);
        return database.read(c -> {
            Set<Long> about = entities.factsFor(c, scope, List.of(key), CANDIDATES).keySet();
            Set<String> keys = entities.keysOf(c, about);
            keys.remove(key);
            Set<Long> ids = new LinkedHashSet<>(entities.factsFor(c, scope, keys, CANDIDATES).keySet());
            ids.removeAll(about);
            List<PhaseVector> base = new ArrayList<>();
            for (Fact fact : facts.current(c, scope, about, 0)) base.add(encoder.vectorOf(fact));
            PhaseVector reference = PhaseVector.bundle(base, encoder.dimension());
            return top(ranking.bySimilarity(facts.current(c, scope, ids, trust.threshold()), reference), limit);
        });
    }

    /** Facts linking at least two of {@code names}: most entities linked first, then HRR similarity to all of them. */
    List<Scored> reason(String scope, List<String> names, int limit) {
        Set<String> keys = new LinkedHashSet<>();
        names.forEach(n -> keys.add(Entity.key(n)));
        List<PhaseVector> parts = keys.stream().map(encoder::boundEntity).toList();
        PhaseVector reference = PhaseVector.bundle(parts, encoder.dimension());
        return database.read(c -> {
            Map<Long, Integer> links = entities.factsFor(c, scope, keys, CANDIDATES);
            links.values().removeIf(n -> n < 2);
            List<Scored> ranked = new ArrayList<>(ranking.bySimilarity(
                    facts.current(c, scope, links.keySet(), trust.threshold()), reference));
            ranked.sort(Comparator.comparingInt((Scored s) -> links.get(s.fact().id())).reversed()
                    .thenComparing(Comparator.comparingDouble(Scored::score).reversed()));
            return top(ranked, limit);
        });
    }

    /** Records that these facts were just shown to the model. */
    void recalled(List<Scored> shown) {
        if (shown.isEmpty()) return;
        List<Long> ids = shown.stream().map(s -> s.fact().id()).toList();
        database.write(c -> {
            facts.recalled(c, ids, clock.millis());
            return null;
        });
    }

    private static List<Scored> top(List<Scored> ranked, int limit) {
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }
}
