package dev.hermod.skills.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import dev.hermod.api.embedding.EmbeddingModel;
import dev.hermod.api.skill.Skill;

/**
 * The embedding side of matching: one vector per skill (its name, description and word triggers),
 * computed on a background thread when a model is bound or the library changes, cached in memory by
 * model id and text so an unchanged skill is never embedded twice (the cache keeps only the texts of
 * the library last published). {@link #ready} is empty until
 * every skill of the library has a vector, so matching stays lexical while a large library is being
 * embedded. Thread-safe.
 */
final class SkillVectors implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SkillVectors.class.getName());
    static final int BATCH = 64;

    /**
     * A library whose every skill has a vector: {@code vectors} holds them one after another
     * ({@code dimensions} bytes each, skill {@code i} at {@code i * dimensions}), each component
     * quantised to a byte with the vector's own {@code scales[i]}. A quarter of the floats' size: at
     * 10,000 skills a task is compared with 3.8 MB instead of 15 MB, which memory bandwidth made the
     * larger cost; cosines move by about 0.01 at most.
     */
    record Snapshot(Collection<Skill> source, EmbeddingModel model, Skill[] skills, int dimensions, byte[] vectors,
            float[] scales, Map<String, Integer> positions, VectorClusters clusters) {

        /**
         * The positions of the skills to compare with {@code task}: every skill of a small library;
         * in a large one the members of the clusters nearest to the task, plus the {@code named} ones.
         */
        int[] candidates(float[] task, Collection<String> named) {
            if (clusters == null) return java.util.stream.IntStream.range(0, skills.length).toArray();
            java.util.BitSet picked = new java.util.BitSet(skills.length);
            for (int i : clusters.probe(task)) picked.set(i);
            for (String name : named) {
                Integer at = positions.get(name);
                if (at != null) picked.set(at);
            }
            return picked.stream().toArray();
        }
    }

    private final Map<String, float[]> cache = new ConcurrentHashMap<>();
    private volatile EmbeddingModel model;
    private volatile Collection<Skill> wanted;
    private volatile Snapshot snapshot;
    private ExecutorService worker;
    private ExecutorService taskWorker;

    /** Starts using {@code next}; vectors of another model are dropped. */
    synchronized void bind(EmbeddingModel next) {
        if (model != null && !model.id().equals(next.id())) {
            cache.clear();
        }
        model = next;
        snapshot = null;
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> daemon(r, "hermod-skill-vectors"));
            taskWorker = Executors.newSingleThreadExecutor(r -> daemon(r, "hermod-skill-task-vector"));
        }
        schedule();
    }

    /** Stops using {@code gone} if it is the bound model; matching is lexical again at once. */
    synchronized void unbind(EmbeddingModel gone) {
        if (model == gone) {
            model = null;
            snapshot = null;
        }
    }

    /** The library changed: embed what is new in the background. */
    synchronized void update(Collection<Skill> skills) {
        if (skills != wanted) {
            wanted = skills;
            schedule();
        }
    }

    /**
     * One line for operators: no model, or the model and how many of {@code skills} have a vector
     * (all: matching is hybrid; fewer: still embedding in the background, lexical meanwhile).
     */
    String describe(Collection<Skill> skills) {
        EmbeddingModel m = model;
        if (m == null) return "full-text (FTS5); no embedding model installed";
        if (ready(skills) != null) return "hybrid: FTS5 + " + m.id() + ", all " + skills.size() + " skills embedded";
        long done = skills.stream().filter(s -> cache.containsKey(key(m, text(s)))).count();
        return "full-text (FTS5) while " + m.id() + " embeds the library in the background: " + done + " of "
                + skills.size() + " skills so far";
    }

    /** Vectors for exactly {@code skills} under the bound model, or null while they are not all ready. */
    Snapshot ready(Collection<Skill> skills) {
        Snapshot s = snapshot;
        EmbeddingModel m = model;
        return s != null && m != null && s.model() == m && s.source() == skills ? s : null;
    }

    /**
     * Starts embedding a task on its own thread, so the caller can run the lexical search meanwhile;
     * a failed future when the vectors were closed.
     */
    synchronized CompletableFuture<float[]> embedTask(EmbeddingModel m, String task) {
        if (taskWorker == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("the skill vectors are closed"));
        }
        try {
            return CompletableFuture.supplyAsync(() -> m.embed(task), taskWorker);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public synchronized void close() {
        model = null;
        snapshot = null;
        if (worker != null) {
            worker.shutdownNow();
            taskWorker.shutdownNow();
            worker = null;
            taskWorker = null;
        }
    }

    private void schedule() {
        EmbeddingModel m = model;
        Collection<Skill> skills = wanted;
        if (m == null || skills == null || worker == null) {
            return;
        }
        try {
            worker.execute(() -> embed(m, skills));
        } catch (RejectedExecutionException e) {
            // closed meanwhile: nothing to embed for
        }
    }

    /** On the worker: embeds the skills without a cached vector, then publishes a snapshot if still current. */
    private void embed(EmbeddingModel m, Collection<Skill> skills) {
        if (m != model || skills != wanted) {
            return; // superseded by a later update or bind
        }
        List<Skill> all = List.copyOf(skills);
        List<String> texts = all.stream().map(SkillVectors::text).toList();
        List<String> missing = texts.stream().filter(t -> !cache.containsKey(key(m, t))).distinct().toList();
        try {
            for (int i = 0; i < missing.size() && m == model; i += BATCH) {
                List<String> batch = missing.subList(i, Math.min(missing.size(), i + BATCH));
                List<float[]> vectors = m.embed(batch);
                for (int j = 0; j < batch.size(); j++) {
                    cache.put(key(m, batch.get(j)), vectors.get(j));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot embed the skills with model '" + m.id() + "' (" + e.getMessage()
                    + "); skill matching stays lexical until the model is bound again");
            return;
        }
        List<String> keys = texts.stream().map(t -> key(m, t)).toList();
        int dimensions = all.isEmpty() ? 0 : cache.getOrDefault(keys.get(0), new float[0]).length;
        byte[] vectors = new byte[all.size() * dimensions];
        float[] scales = new float[all.size()];
        List<float[]> floats = new ArrayList<>(all.size());
        Map<String, Integer> positions = new java.util.HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            float[] vector = cache.get(keys.get(i));
            if (vector == null || vector.length != dimensions) {
                return; // swapped meanwhile (its own run publishes) or a model breaking its contract
            }
            scales[i] = quantise(vector, vectors, i * dimensions);
            floats.add(vector);
            positions.put(all.get(i).name(), i);
        }
        VectorClusters clusters = VectorClusters.build(floats, dimensions);
        synchronized (this) {
            if (m == model && skills == wanted) {
                // only the current texts' vectors are kept: each edit of a skill would otherwise leave one behind
                cache.keySet().retainAll(new java.util.HashSet<>(keys));
                snapshot = new Snapshot(skills, m, all.toArray(Skill[]::new), dimensions, vectors, scales,
                        Map.copyOf(positions), clusters);
                LOG.log(Level.DEBUG, "skill vectors ready: " + all.size() + " skills, model " + m.id());
            }
        }
    }

    /** Writes {@code vector} as bytes at {@code offset}; returns the scale that turns them back into floats. */
    static float quantise(float[] vector, byte[] into, int offset) {
        float max = 0;
        for (float x : vector) {
            max = Math.max(max, Math.abs(x));
        }
        float scale = max == 0 ? 1 : max / 127;
        for (int j = 0; j < vector.length; j++) {
            into[offset + j] = (byte) Math.round(vector[j] / scale);
        }
        return scale;
    }

    /** What is embedded for a skill: name, description and the keyword and phrase triggers. */
    static String text(Skill skill) {
        List<String> words = skill.triggers().stream().filter(TriggerRule::words).map(String::strip).toList();
        return skill.name().replace('-', ' ') + ". " + skill.description()
                + (words.isEmpty() ? "" : " (" + String.join(", ", words) + ")");
    }

    private static String key(EmbeddingModel m, String text) {
        return m.id() + '\n' + text;
    }
}
