package dev.hermod.store.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.session.NewSession;
import dev.hermod.api.session.StoredMessage;

class ConcurrentAppendTest {

    private static final int THREADS = 16;
    private static final int APPENDS = 50;

    @TempDir Path home;

    @Test
    void manyThreadsLoseNothingAndKeepSequencesStrict() throws Exception {
        SqliteSessionStore store = SqliteSessionStore.open(home.resolve("state.db"));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            String shared = store.create(new NewSession("cli/local", "cli", "", "m", "")).id();
            List<String> own = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) own.add(store.create(new NewSession("t/" + t, "t", "", "m", "")).id());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < APPENDS; i++) {
                        store.append(shared, List.of(new ChatMessage.User("t" + thread + " m" + i)));
                        store.append(own.get(thread), List.of(new ChatMessage.User("q" + i), new ChatMessage.Assistant("a" + i)));
                        store.search("m" + i, 3); // readers run alongside the writer
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) f.get(60, TimeUnit.SECONDS);

            List<StoredMessage> sharedMessages = store.messages(shared);
            assertEquals(THREADS * APPENDS, sharedMessages.size());
            assertStrictlyNumbered(sharedMessages);
            Set<String> texts = new HashSet<>();
            sharedMessages.forEach(m -> texts.add(m.message().text()));
            assertEquals(THREADS * APPENDS, texts.size(), "every append stored once");
            assertEquals(THREADS * APPENDS, store.get(shared).orElseThrow().messageCount());
            for (String id : own) {
                List<StoredMessage> messages = store.messages(id);
                assertEquals(2 * APPENDS, messages.size());
                assertStrictlyNumbered(messages);
                assertEquals("q0", messages.get(0).message().text());
                assertEquals("a" + (APPENDS - 1), messages.get(messages.size() - 1).message().text());
            }
        } finally {
            pool.shutdownNow();
            store.close();
        }
    }

    private static void assertStrictlyNumbered(List<StoredMessage> messages) {
        for (int i = 0; i < messages.size(); i++) assertEquals(i + 1, messages.get(i).seq());
    }
}
