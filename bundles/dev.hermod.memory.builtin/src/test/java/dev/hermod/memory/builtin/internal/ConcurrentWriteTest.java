package dev.hermod.memory.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.tool.ToolResult;

class ConcurrentWriteTest {

    private static final int THREADS = 16;
    private static final int ADDS = 25;

    @TempDir Path home;

    /** Two BuiltinMemory instances on one home stand for two processes (a CLI and a gateway). */
    @Test
    void concurrentAddsFromTwoStoresLoseNothingAndAreAllArchived() throws Exception {
        BuiltinMemory first = new BuiltinMemory(home, new MemoryLimits(100_000, 100), true);
        BuiltinMemory second = new BuiltinMemory(home, new MemoryLimits(100_000, 100), true);
        List<MemoryTool> tools = List.of(new MemoryTool(first), new MemoryTool(second));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<ToolResult>>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    List<ToolResult> results = new ArrayList<>();
                    for (int i = 0; i < ADDS; i++) {
                        results.add(tools.get(thread % 2).execute("{\"action\":\"add\",\"target\":\"memory\","
                                + "\"content\":\"fact " + thread + "-" + i + "\"}", new FakeToolContext("s" + thread)));
                    }
                    return results;
                }));
            }
            start.countDown();
            for (Future<List<ToolResult>> f : done) {
                for (ToolResult r : f.get(60, TimeUnit.SECONDS)) assertFalse(r.error(), r.content());
            }
        } finally {
            pool.shutdownNow();
            first.close();
            second.close();
        }
        Path folder = home.resolve("memories");
        List<String> entries = new FileMemoryStore(folder).entries(MemoryTarget.MEMORY, MemoryScope.LOCAL);
        assertEquals(THREADS * ADDS, entries.size());
        assertEquals(THREADS * ADDS, new HashSet<>(entries).size());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("MEMORY.md"), files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(".lock")).toList(), "no temp files left");
        }
        try (Db db = new Db(home.resolve("state.db"))) {
            var rows = db.rows("SELECT entry, session_id FROM memory_archive WHERE action = 'ADD'");
            assertEquals(THREADS * ADDS, rows.size());
            assertEquals(new HashSet<>(entries), new HashSet<>(rows.stream().map(r -> r.get("entry")).toList()));
        }
    }
}
