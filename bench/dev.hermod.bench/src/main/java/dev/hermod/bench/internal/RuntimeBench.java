package dev.hermod.bench.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.hermod.api.agent.AgentRole;
import dev.hermod.api.agent.AgentRuntime;
import dev.hermod.api.agent.Conversation;
import dev.hermod.api.agent.SessionOptions;
import dev.hermod.api.agent.TurnResult;
import dev.hermod.testing.model.Reply;
import dev.hermod.testing.model.ScriptedModelServer;

/**
 * {@code bench:runtime}: turn latency and throughput of the running Hermod against a
 * zero-latency scripted model on 127.0.0.1, through the real provider, store and loop.
 */
@Component(service = RuntimeBench.class, property = {"osgi.command.scope=bench", "osgi.command.function=runtime"})
public final class RuntimeBench {
    private static final String ENDPOINT = "bench";
    private static final int TURNS_PER_SESSION = 50;

    private final AgentRuntime runtime;
    private final ConfigurationAdmin configAdmin;
    private final BundleContext context;

    @Activate
    public RuntimeBench(@Reference AgentRuntime runtime, @Reference ConfigurationAdmin configAdmin, BundleContext context) {
        this.runtime = runtime;
        this.configAdmin = configAdmin;
        this.context = context;
    }

    @Descriptor("measure turn overhead (p50, p99) and turns per second with 1 and 32 sessions")
    public String runtime(@Descriptor("turns to time one by one") int turns,
                          @Descriptor("seconds for each throughput run") int seconds) throws Exception {
        try (ScriptedModelServer model = ScriptedModelServer.start()) {
            model.whenEmpty(Reply.text("ok"));
            Configuration config = BenchEndpoint.open(configAdmin, context, ENDPOINT, model);
            try {
                loop(1, Duration.ofSeconds(2)); // warm-up: JIT, connections, statements
                List<Long> latencies = latencies(turns);
                double one = loop(1, Duration.ofSeconds(seconds));
                double many = loop(32, Duration.ofSeconds(seconds));
                return String.format("""
                        turn overhead (zero-latency model over loopback HTTP, SQLite store), %d turns:
                          p50 %.2f ms   p99 %.2f ms
                        throughput, %d s each:
                          1 session    %.0f turns/s
                          32 sessions  %.0f turns/s""",
                        turns, percentile(latencies, 50), percentile(latencies, 99), seconds, one, many);
            } finally {
                config.delete();
            }
        }
    }

    private List<Long> latencies(int turns) throws Exception {
        List<Long> nanos = new ArrayList<>(turns);
        Conversation c = null;
        for (int i = 0; i < turns; i++) {
            if (i % TURNS_PER_SESSION == 0) {
                if (c != null) c.close();
                c = open("latency");
            }
            long start = System.nanoTime();
            TurnResult r = c.send("hello " + i, null).toCompletableFuture().get(30, TimeUnit.SECONDS);
            nanos.add(System.nanoTime() - start);
            check(r);
        }
        if (c != null) c.close();
        return nanos;
    }

    /** Turns per second with {@code sessions} sessions, each sending its next message when the last is answered. */
    private double loop(int sessions, Duration length) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + length.toNanos();
        List<CompletableFuture<Void>> runners = new ArrayList<>();
        long start = System.nanoTime();
        for (int s = 0; s < sessions; s++) {
            String chat = "loop-" + s;
            runners.add(CompletableFuture.runAsync(() -> {
                try {
                    int n = 0;
                    Conversation c = open(chat);
                    while (System.nanoTime() < end) {
                        if (++n % TURNS_PER_SESSION == 0) {
                            c.close();
                            c = open(chat);
                        }
                        check(c.send("hello", null).toCompletableFuture().get(30, TimeUnit.SECONDS));
                        done.incrementAndGet();
                    }
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, command -> Thread.ofVirtual().start(command)));
        }
        CompletableFuture.allOf(runners.toArray(CompletableFuture[]::new)).get(length.toSeconds() + 60, TimeUnit.SECONDS);
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private Conversation open(String chat) {
        return runtime.open(new SessionOptions("bench", chat, "", null, null, null, ENDPOINT, AgentRole.PRIMARY));
    }

    private static void check(TurnResult r) {
        if (r.outcome() != TurnResult.Outcome.COMPLETED) throw new IllegalStateException("turn failed: " + r.text());
    }

    static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
