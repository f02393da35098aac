package dev.hermod.bench.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;

import dev.hermod.api.embedding.EmbeddingModel;
import dev.hermod.api.memory.ArchiveStatus;
import dev.hermod.api.memory.MemoryArchiveView;
import dev.hermod.api.memory.MemoryHealth;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.api.session.SessionStore;
import dev.hermod.api.tool.Tool;
import dev.hermod.memory.builtin.internal.BuiltinMemory;
import dev.hermod.memory.builtin.internal.BuiltinMemoryConfig;
import dev.hermod.memory.holographic.internal.HolographicMemory;
import dev.hermod.memory.holographic.internal.HolographicMemoryConfig;
import dev.hermod.store.sqlite.internal.SqliteSessionStore;
import dev.hermod.store.sqlite.internal.SqliteSessionStoreConfig;

/**
 * A fresh, temporary Hermod home with the real components over it: the SQLite session store, the
 * built-in memory (same state.db) and the holographic memory (holographic.db). Closing deactivates
 * them and deletes the home.
 */
final class MemoryHome implements AutoCloseable {

    static final String PLATFORM = "cli";

    final Path home;
    final SessionStore store;
    final MemoryProvider builtin;
    final MemoryProvider holographic;
    final Tool factStore;

    /** @param holographicLimit the holographic memory's recall_limit (most facts one prefetch returns) */
    MemoryHome(int holographicLimit) throws IOException {
        home = Files.createTempDirectory("hermod-memory-bench-");
        BundleContext context = Configs.home(home);
        store = new SqliteSessionStore(context, Configs.of(SqliteSessionStoreConfig.class, Map.of()));
        builtin = new BuiltinMemory(context, Configs.of(BuiltinMemoryConfig.class, Map.of()));
        holographic = new HolographicMemory(context, Configs.of(HolographicMemoryConfig.class,
                Map.of("recall__limit", holographicLimit)));
        if (holographic.health().state() != MemoryHealth.State.UP) {
            throw new IllegalStateException("The holographic memory did not open: " + holographic.health());
        }
        factStore = holographic.tools().stream().filter(t -> t.spec().name().equals("fact_store")).findFirst()
                .orElseThrow(() -> new IllegalStateException("The holographic memory offers no fact_store tool."));
    }

    /**
     * Binds {@code model} to the built-in memory, as the DS runtime would when an embedding bundle
     * registers one, and waits until every archive entry and message has its vector.
     */
    void useEmbeddings(EmbeddingModel model, Duration wait) {
        Configs.bind(builtin, "setEmbeddings", EmbeddingModel.class, model);
        MemoryArchiveView view = (MemoryArchiveView) builtin;
        long deadline = System.nanoTime() + wait.toNanos();
        ArchiveStatus status = view.status();
        while (status.embeddingModel().isEmpty() || status.embedded() < status.embeddable()) {
            if (!status.problem().isEmpty()) throw new IllegalStateException("Embedding failed: " + status.problem());
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Embedding did not finish within " + wait.toSeconds() + " s: "
                        + status.embedded() + " of " + status.embeddable() + " texts");
            }
            LockSupport.parkNanos(20_000_000); // polling interval of a condition wait
            status = view.status();
        }
    }

    @Override
    public void close() {
        Configs.deactivate(holographic);
        Configs.deactivate(builtin);
        Configs.deactivate(store);
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(MemoryHome::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the bench home " + home, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + file, e);
        }
    }
}
