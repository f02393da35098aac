package dev.hermod.bench.memory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import dev.hermod.api.agent.AgentRole;
import dev.hermod.api.embedding.EmbeddingModel;
import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.session.NewSession;

/**
 * The memory recall bench: ingests each conversation of a dataset into its own fresh Hermod home
 * through the real session store and memory providers, asks each question through their real
 * prefetch, and prints evidence recall@5/@10 and recalled tokens for FTS5 alone, for FTS5 +
 * holographic (fused here by reciprocal rank) and, when the MiniLM embedding bundle's jar is on the
 * classpath, for the built-in memory's own hybrid recall (FTS5 + embeddings, fused by the memory).
 *
 * <p>Usage: {@code MemoryRecallBench <dataset.json> [--misses]}
 */
public final class MemoryRecallBench {

    static final int TOKEN_BUDGET = 2000;
    static final int HOLOGRAPHIC_LIMIT = 10;
    static final Duration EMBEDDING_WAIT = Duration.ofMinutes(10);

    private final Score fts = new Score("FTS5 (builtin)");
    private final Score hybrid = new Score("hybrid (FTS5+holo RRF)");
    private final Score semantic = new Score("FTS5+embeddings (RRF)");
    private final Ingest ingest = new Ingest();
    private final boolean misses;
    private final EmbeddingModel model;
    private long ingestNanos;
    private long embedNanos;
    private long semanticNanos;
    private long queryNanos;
    private int sessions;
    private int turns;
    private int questions;

    private MemoryRecallBench(boolean misses, EmbeddingModel model) {
        this.misses = misses;
        this.model = model;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2 || (args.length == 2 && !args[1].equals("--misses"))) {
            System.err.println("usage: memory-recall <dataset.json> [--misses]   (for example"
                    + " bench/memory-recall-data/generated.json; --misses lists the questions whose evidence was missed)");
            System.exit(2);
        }
        Dataset dataset = Dataset.read(Path.of(args[0]));
        EmbeddingModel model = Embeddings.minilm().orElse(null);
        try {
            MemoryRecallBench bench = new MemoryRecallBench(args.length == 2, model);
            for (Dataset.Conversation c : dataset.conversations()) bench.run(c, dataset.questionsOf(c.id()));
            bench.print(dataset);
        } finally {
            if (model != null) Embeddings.close(model);
        }
    }

    private void run(Dataset.Conversation conversation, List<Dataset.Question> asked) throws IOException {
        try (MemoryHome home = new MemoryHome(HOLOGRAPHIC_LIMIT)) {
            long start = System.nanoTime();
            TurnIndex index = ingest.ingest(conversation, home);
            ingestNanos += System.nanoTime() - start;
            conversation.sessions().forEach(s -> { sessions++; turns += s.turns().size(); });
            String key = "bench/" + conversation.id();
            String now = home.store.create(new NewSession(key, MemoryHome.PLATFORM, "", "bench", "")).id();
            MemoryContext context = new MemoryContext(now, key, MemoryHome.PLATFORM, "", AgentRole.PRIMARY);
            start = System.nanoTime();
            for (Dataset.Question q : asked) ask(home, context, index, q);
            queryNanos += System.nanoTime() - start;
            if (model == null) return;
            start = System.nanoTime();
            home.useEmbeddings(model, EMBEDDING_WAIT);
            embedNanos += System.nanoTime() - start;
            start = System.nanoTime();
            for (Dataset.Question q : asked) askWithEmbeddings(home, context, index, q);
            semanticNanos += System.nanoTime() - start;
        }
    }

    /** The built-in memory's own recall with the embedding model bound: FTS5 and embeddings fused by the memory. */
    private void askWithEmbeddings(MemoryHome home, MemoryContext context, TurnIndex index, Dataset.Question q) {
        String block = home.builtin.prefetch(context, q.question(), TOKEN_BUDGET);
        List<Recalled> recalled = Recalled.fromBuiltin(block, index);
        semantic.add(q.evidence(), recalled, block.length());
        if (misses && Score.recall(q.evidence(), recalled, 10) < 1) {
            System.out.println("missed (embeddings@10): " + q.conversation() + " | " + q.question() + " | evidence "
                    + q.evidence() + " | recalled " + recalled.stream().map(Recalled::turnId).toList());
        }
    }

    private void ask(MemoryHome home, MemoryContext context, TurnIndex index, Dataset.Question q) {
        String block = home.builtin.prefetch(context, q.question(), TOKEN_BUDGET);
        List<Recalled> byFts = Recalled.fromBuiltin(block, index);
        List<Recalled> byFacts = Recalled.fromHolographic(home.holographic.prefetch(context, q.question(), TOKEN_BUDGET), index);
        List<Recalled> fused = Fusion.fuse(TOKEN_BUDGET * 4, byFts, byFacts);
        fts.add(q.evidence(), byFts, block.length());
        hybrid.add(q.evidence(), fused, Recalled.chars(fused));
        questions++;
        if (misses && Score.recall(q.evidence(), fused, 10) < 1) {
            System.out.println("missed (hybrid@10): " + q.conversation() + " | " + q.question() + " | evidence "
                    + q.evidence() + " | recalled " + fused.stream().map(Recalled::turnId).toList());
        }
    }

    private void print(Dataset dataset) {
        System.out.printf(Locale.ROOT, "conversations %d, sessions %d, turns %d, questions %d (facts refused by"
                + " fact_store: %d)%n", dataset.conversations().size(), sessions, turns, questions, ingest.refusedFacts());
        System.out.printf(Locale.ROOT, "ingest %.1f s (%.2f ms/turn), queries %.1f s (%.1f ms/question, both methods)%n",
                ingestNanos / 1e9, ingestNanos / 1e6 / Math.max(1, turns), queryNanos / 1e9,
                queryNanos / 1e6 / Math.max(1, questions));
        System.out.println("token budget " + TOKEN_BUDGET + " per query (tokens = characters / 4); hybrid = reciprocal-rank"
                + " fusion (k=" + Fusion.K + ") of the builtin lines and up to " + HOLOGRAPHIC_LIMIT + " holographic facts");
        if (model != null) {
            System.out.printf(Locale.ROOT, "embeddings: %s (%d dimensions), indexing %.1f s (%.2f ms/text),"
                    + " queries %.1f s (%.1f ms/question)%n", model.id(), model.dimensions(), embedNanos / 1e9,
                    embedNanos / 1e6 / Math.max(1, turns), semanticNanos / 1e9, semanticNanos / 1e6 / Math.max(1, questions));
        }
        System.out.println();
        System.out.println(Score.header());
        System.out.println(fts.row());
        System.out.println(hybrid.row());
        if (model != null) System.out.println(semantic.row());
    }
}
