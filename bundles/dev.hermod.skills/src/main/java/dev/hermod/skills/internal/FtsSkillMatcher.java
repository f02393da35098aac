package dev.hermod.skills.internal;

import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.hermod.api.embedding.EmbeddingModel;
import dev.hermod.api.skill.Skill;
import dev.hermod.skills.internal.HybridRanking.Scored;

/**
 * Ranks skills with an SQLite FTS5 index (bm25: name and triggers weigh most, then description and
 * tags, the body least) plus trigger rules. A skill whose phrase or regex trigger fires gets a bonus at
 * least as large as the best full-text score of the task, so it ranks above every skill no trigger
 * names; a single-keyword trigger gets a fixed {@link #MIN_TRIGGER_BONUS}, because one everyday word
 * ("minutes", "dig") fires by accident far more often than a phrase does. A skill is
 * kept only with enough field evidence (task terms in its name or triggers count 2, in its
 * description, tags or category 1; at least {@link #MIN_EVIDENCE}) or a fired trigger: body-only and
 * single-description-word overlaps are noise. Ties go by name.
 *
 * <p>When an {@link EmbeddingModel} is bound and every skill has its vector ({@link SkillVectors},
 * computed in the background), the lexical scores are fused with cosine similarity by
 * {@link HybridRanking}; until then, or if embedding the task fails, the ranking is lexical only.
 *
 * <p>The index follows the library incrementally: {@link #update} deletes and re-adds only the
 * skills that were removed, added or changed. Thread-safe: index work is serialised; the wait for a
 * task's embedding is not.
 */
final class FtsSkillMatcher implements SkillMatcher {

    private static final System.Logger LOG = System.getLogger(FtsSkillMatcher.class.getName());
    static final int MIN_EVIDENCE = 2;
    static final double MIN_TRIGGER_BONUS = 10;
    /** Matches scoring below this share of the best are dropped: a weak tail only costs tokens. */
    static final double RELATIVE_FLOOR = 0.5;
    /** The most skills returned, so the context a match costs stays flat as the library grows. */
    static final int MAX_MATCHES = 5;
    static final int CANDIDATES = 100;
    /** A task embedding slower than this is given up for this match: the agent must not wait on it. */
    static final long TASK_EMBEDDING_TIMEOUT_MS = 2_000;

    private final FtsIndex index = new FtsIndex();
    private final SkillVectors vectors = new SkillVectors();
    private final Map<String, IndexedSkill> byName = new HashMap<>();
    private final Map<Long, IndexedSkill> byRowid = new HashMap<>();
    private final List<IndexedSkill> withRegex = new ArrayList<>();
    /** The skills with a tool or toolset context: the only ones a session's tools can rule out. */
    private final List<IndexedSkill> withContext = new ArrayList<>();
    private Collection<Skill> synced;
    private long nextRowid = 1;
    private long writes;

    @Override
    public List<Skill> rank(String task, Collection<Skill> skills, Set<String> tools, Set<String> toolsets) {
        TaskQuery query = TaskQuery.of(task);
        SkillVectors.Snapshot ready = vectors.ready(skills);
        CompletableFuture<float[]> taskVector = ready == null || query.fts().isEmpty() ? null
                : vectors.embedTask(ready.model(), query.text()); // runs while the lexical side searches
        HybridRanking.Lexical lexical = lexical(query, skills, tools, toolsets);
        if (lexical == null) {
            return List.of();
        }
        // waited for outside the lock: other sessions' matches go on meanwhile
        float[] vector = taskVector == null ? null : await(taskVector);
        if (vector != null && vector.length == ready.dimensions()) { // a model breaking its contract is ignored
            return HybridRanking.rank(lexical, vector, ready, MAX_MATCHES);
        }
        return HybridRanking.best(lexical.kept(), RELATIVE_FLOOR, MAX_MATCHES);
    }

    /** The lexical evidence for the task over the index (brought up to date first); null when the task has no words. */
    private synchronized HybridRanking.Lexical lexical(TaskQuery query, Collection<Skill> skills, Set<String> tools,
            Set<String> toolsets) {
        update(skills);
        if (query.fts().isEmpty() && withRegex.isEmpty()) {
            return null;
        }
        Set<String> unusable = new HashSet<>();
        if (!withContext.isEmpty()) { // most libraries have no skill with a tool context: nothing to rule out
            Set<String> have = lower(tools);
            Set<String> haveSets = lower(toolsets);
            withContext.stream().filter(s -> !TriggerRule.usable(s.rules(), have, haveSets))
                    .forEach(s -> unusable.add(s.skill().name()));
        }
        Map<IndexedSkill, Double> candidates = candidates(query);
        candidates.keySet().removeIf(s -> unusable.contains(s.skill().name()));
        double best = candidates.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double bonus = Math.max(MIN_TRIGGER_BONUS, best);
        List<Scored> kept = new ArrayList<>();
        Set<String> triggered = new HashSet<>();
        Set<String> weak = new HashSet<>();
        candidates.forEach((s, bm25) -> {
            TriggerRule.Kind fired = s.fired(query);
            int evidence = s.evidence(query);
            if (fired != null || evidence >= MIN_EVIDENCE) {
                double extra = fired == null ? 0 : fired == TriggerRule.Kind.KEYWORD ? MIN_TRIGGER_BONUS : bonus;
                kept.add(new Scored(s.skill(), bm25 + evidence + extra));
                if (fired == TriggerRule.Kind.PHRASE || fired == TriggerRule.Kind.REGEX) {
                    triggered.add(s.skill().name());
                }
            } else if (evidence > 0) {
                weak.add(s.skill().name());
            }
        });
        return new HybridRanking.Lexical(kept, triggered, weak, unusable);
    }

    /** Context triggers are kept in lower case; null (no session) stays null. */
    private static Set<String> lower(Set<String> names) {
        return names == null ? null : names.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The task's vector, or null (matching it lexically) when the model failed or took too long. */
    private static float[] await(CompletableFuture<float[]> taskVector) {
        try {
            return taskVector.get(TASK_EMBEDDING_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            taskVector.cancel(true);
            Throwable cause = e.getCause() == null ? e : e.getCause();
            LOG.log(Level.WARNING, "cannot embed the task (" + cause + "); matching it lexically");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public void useEmbeddings(EmbeddingModel model) {
        vectors.bind(model);
    }

    @Override
    public void dropEmbeddings(EmbeddingModel model) {
        vectors.unbind(model);
    }

    @Override
    public String describe(Collection<Skill> skills) {
        return vectors.describe(skills);
    }

    /** Whether matching is hybrid for {@code skills} now (every skill has its vector); tests and the bench poll it. */
    boolean semanticReady(Collection<Skill> skills) {
        return vectors.ready(skills) != null;
    }

    /** The full-text hits with their bm25 score, plus the skills with a regex trigger (score 0 unless hit). */
    private Map<IndexedSkill, Double> candidates(TaskQuery query) {
        Map<IndexedSkill, Double> candidates = new LinkedHashMap<>();
        if (!query.fts().isEmpty()) {
            try {
                for (FtsIndex.Hit hit : index.search(query.fts(), CANDIDATES)) {
                    candidates.put(byRowid.get(hit.rowid()), hit.score());
                }
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "skill full-text search failed (" + e.getMessage() + "); matching by "
                        + "triggers only");
            }
        }
        withRegex.forEach(s -> candidates.putIfAbsent(s, 0.0));
        return candidates;
    }

    @Override
    public synchronized void update(Collection<Skill> skills) {
        vectors.update(skills);
        if (skills == synced) {
            return;
        }
        Map<String, Skill> wanted = new HashMap<>();
        skills.forEach(s -> wanted.put(s.name(), s));
        List<IndexedSkill> removed = byName.values().stream()
                .filter(old -> !old.skill().equals(wanted.get(old.skill().name()))).toList();
        removed.forEach(this::forget);
        List<IndexedSkill> added = wanted.values().stream().filter(s -> !byName.containsKey(s.name()))
                .map(s -> IndexedSkill.of(s, nextRowid++, (trigger, reason) -> LOG.log(Level.WARNING,
                        "skill '" + s.name() + "': trigger " + trigger + " ignored: " + reason)))
                .toList();
        added.forEach(this::remember);
        try {
            index.apply(removed.stream().map(IndexedSkill::rowid).toList(), added);
            writes += removed.size() + added.size();
            synced = skills;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "skill index update failed (" + e.getMessage() + "); rebuilding it at the next "
                    + "match");
            reset();
        }
    }

    /** Rows deleted plus rows inserted since creation; tests use it to see that updates are incremental. */
    synchronized long writes() {
        return writes;
    }

    @Override
    public synchronized void close() {
        vectors.close();
        index.close();
    }

    private void remember(IndexedSkill s) {
        byName.put(s.skill().name(), s);
        byRowid.put(s.rowid(), s);
        if (s.hasRegex()) {
            withRegex.add(s);
        }
        if (s.hasContext()) {
            withContext.add(s);
        }
    }

    private void forget(IndexedSkill s) {
        byName.remove(s.skill().name());
        byRowid.remove(s.rowid());
        withRegex.remove(s);
        withContext.remove(s);
    }

    private void reset() {
        byName.clear();
        byRowid.clear();
        withRegex.clear();
        withContext.clear();
        synced = null;
        try {
            index.clear();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "cannot empty the skill index: " + e.getMessage());
        }
    }
}
