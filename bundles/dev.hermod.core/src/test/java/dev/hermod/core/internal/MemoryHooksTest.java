package dev.hermod.core.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import dev.hermod.api.agent.AgentRole;
import dev.hermod.api.agent.Conversation;
import dev.hermod.api.agent.SessionOptions;
import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.ChatRequest;
import dev.hermod.api.llm.ToolCall;
import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.memory.MemoryHealth;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.api.memory.MemoryWrite;

/** How the runtime drives the memory providers: hooks, their failures, notices and the mirror. */
class MemoryHooksTest extends AgentFixture {

    /** A provider that records its hooks and fails them while told to. */
    static final class Recording implements MemoryProvider {
        final String name;
        volatile MemoryHealth health = MemoryHealth.up();
        volatile boolean failing;
        final List<MemoryContext> initialized = new CopyOnWriteArrayList<>();
        final List<List<ChatMessage>> compressed = new CopyOnWriteArrayList<>();
        final List<MemoryContext> compressedFor = new CopyOnWriteArrayList<>();
        final List<MemoryWrite> written = new CopyOnWriteArrayList<>();
        final AtomicInteger ended = new AtomicInteger();
        final AtomicInteger prefetched = new AtomicInteger();

        Recording(String name) { this.name = name; }

        @Override public String prefetch(MemoryContext c, String query, int tokenBudget) {
            prefetched.incrementAndGet();
            return "";
        }

        @Override public String name() { return name; }
        @Override public MemoryHealth health() { return health; }
        @Override public void initialize(MemoryContext c) {
            if (failing) throw new IllegalStateException(name + " cannot start");
            initialized.add(c);
        }
        @Override public void sessionEnd(MemoryContext c, List<ChatMessage> transcript) {
            ended.incrementAndGet();
            if (failing) throw new IllegalStateException(name + " cannot end");
        }
        @Override public String preCompress(MemoryContext c, List<ChatMessage> messages) {
            compressedFor.add(c);
            compressed.add(List.copyOf(messages));
            return "the person's cat is called Mio";
        }
        @Override public void memoryWritten(MemoryContext c, MemoryWrite write) {
            if (failing) throw new IllegalStateException(name + " is read-only today");
            written.add(write);
        }
    }

    static void poll(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) fail("not within 5 s: " + what);
            Thread.onSpinWait();
        }
    }

    @Test
    void initializeGetsTheContextOfTheSessionItStarts() throws Exception {
        Recording builtin = new Recording("builtin");
        agent(Map.of(), List.of(), List.of(builtin), new FakeModel("m"));

        Conversation local = agent.open(SessionOptions.cli(null));
        Conversation helper = agent.open(new SessionOptions("telegram", "chat9", "u7", null, null, null, null,
                AgentRole.SUBAGENT));

        assertEquals(List.of(new MemoryContext(local.sessionId(), "cli/local", "cli", "", AgentRole.PRIMARY),
                new MemoryContext(helper.sessionId(), SessionKeys.of("telegram", "chat9", "", "u7"), "telegram", "u7",
                        AgentRole.SUBAGENT)), builtin.initialized);
    }

    @Test
    void preCompressGetsExactlyTheMessagesThatLeaveThePromptAndItsAnswerIsKept() throws Exception {
        Recording builtin = new Recording("builtin");
        FakeModel model = new FakeModel("m", 2_000);
        for (int i = 0; i < 6; i++) model.text("answer " + i + " " + "z".repeat(1_000));
        model.text("SUMMARY").text("final");
        Conversation c = agent(Map.of("compression__keep__recent", 2), List.of(), List.of(builtin), model)
                .open(SessionOptions.cli(null));
        for (int i = 0; i < 6; i++) await(c.send("question " + i, listener));
        await(c.send("last", listener));

        assertEquals(1, builtin.compressed.size());
        List<ChatMessage> gone = builtin.compressed.get(0);
        List<ChatMessage> stored = store.messages(c.sessionId()).stream().map(m -> m.message()).toList();
        assertEquals(stored.subList(0, gone.size()), gone, "the oldest messages, in order");
        assertEquals("question 0", gone.get(0).text());
        assertTrue(gone.size() >= 10 && gone.size() < stored.size(), "some left, the recent ones stayed: " + gone.size());
        assertEquals(List.of(builtin.initialized.get(0)), builtin.compressedFor, "the session's own context");
        ChatRequest summary = model.requests().get(6);
        assertTrue(summary.messages().get(1).text().contains("Facts to preserve (builtin): the person's cat is called Mio"),
                summary.messages().get(1).text());
    }

    @Test
    void aFailedSessionStartOrEndIsReportedUntilTheHookWorksAgain() throws Exception {
        Recording flaky = new Recording("builtin");
        agent(Map.of(), List.of(), List.of(flaky), new FakeModel("m"));
        flaky.failing = true;
        Conversation first = agent.open(SessionOptions.cli(null));
        assertTrue(problems().contains("memory:builtin:initialize: session start failed: builtin cannot start"),
                problems().toString());
        first.close();
        poll(() -> problems().contains("memory:builtin:sessionEnd: session end failed: builtin cannot end"),
                "the session end failure is reported");

        flaky.failing = false;
        Conversation second = agent.open(SessionOptions.cli(null));
        assertFalse(problems().stream().anyMatch(p -> p.contains("session start failed")), problems().toString());
        second.close();
        poll(() -> flaky.ended.get() == 2 && problems().stream().noneMatch(p -> p.contains("session end failed")),
                "the session end failure is cleared");
    }

    @Test
    void aConfiguredProviderThatIsDownIsToldOncePerSessionAndShownInStatus() throws Exception {
        Recording holographic = new Recording("holographic");
        holographic.health = MemoryHealth.down("cannot open facts.db: disk I/O error");
        FakeModel model = new FakeModel("m").text("one").text("two").text("three");
        agent(Map.of("memory__provider", "holographic"), List.of(),
                List.of(new Recording("builtin"), holographic), model);
        Conversation c = agent.open(SessionOptions.cli(null));

        await(c.send("hi", listener));
        await(c.send("again", listener));

        assertEquals(List.of("The memory provider 'holographic' is down (cannot open facts.db: disk I/O error); until"
                + " it recovers this session remembers through the built-in memory only. `hermod doctor` says more."),
                notices);
        assertTrue(problems().contains("memory provider 'holographic' is DOWN: cannot open facts.db: disk I/O error"),
                problems().toString());
        await(agent.open(SessionOptions.cli(null)).send("new session", listener));
        assertEquals(2, notices.size(), "a new session is told again: " + notices);
    }

    @Test
    void aProviderThatGoesAwayIsNotCalledByTheSessionsThatStartedWithIt() throws Exception {
        Recording builtin = new Recording("builtin");
        Recording holographic = new Recording("holographic");
        FakeModel model = new FakeModel("m").text("one").text("two");
        agent(Map.of("memory__provider", "holographic"), List.of(), List.of(builtin, holographic), model);
        Conversation c = agent.open(SessionOptions.cli(null));
        await(c.send("hi", listener));
        assertEquals(1, holographic.prefetched.get());

        agent.memoryProviders = List.of(builtin); // its configuration was deleted: the service is gone
        await(c.send("again", listener));

        assertEquals(1, holographic.prefetched.get(), "the gone provider is not called again");
        assertEquals(2, builtin.prefetched.get());
        assertEquals(List.of("The memory provider 'holographic' is not available; this session uses the built-in"
                + " memory only."), notices);
    }

    @Test
    void aMissingConfiguredProviderIsToldOncePerSession() throws Exception {
        FakeModel model = new FakeModel("m").text("one").text("two");
        agent(Map.of("memory__provider", "holographic"), List.of(), List.of(new Recording("builtin")), model);
        Conversation c = agent.open(SessionOptions.cli(null));

        await(c.send("hi", listener));
        await(c.send("again", listener));

        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("'holographic' is not available"), notices.get(0));
    }

    @Test
    void builtInWritesAreMirroredOnlyToTheProviderTheSessionUsesAndFailuresShowInStatus() {
        Recording builtin = new Recording("builtin");
        Recording holographic = new Recording("holographic");
        Recording other = new Recording("other");
        agent(Map.of("memory__provider", "holographic"), List.of(), List.of(builtin, holographic, other),
                new FakeModel("m"));
        Conversation c = agent.open(SessionOptions.cli(null));
        MemoryContext session = new MemoryContext(c.sessionId(), "cli/local", "cli", "", null);
        MemoryWrite add = new MemoryWrite(MemoryWrite.Action.ADD, "user", "Likes tea", "");

        agent.written(session, add);

        assertEquals(List.of(add), holographic.written);
        assertEquals(List.of(), other.written, "a registered provider nobody uses hears nothing");
        assertEquals(List.of(), builtin.written, "the built-in memory is where the write came from");

        holographic.failing = true;
        agent.written(session, add);
        assertTrue(problems().stream().anyMatch(p -> p.startsWith("memory:holographic:mirror: memory provider"
                + " 'holographic' failed to mirror a built-in memory change (ADD in user)")), problems().toString());
        holographic.failing = false;
        agent.written(new MemoryContext("no-such-session", "", "cli", "", null), add);
        assertEquals(2, holographic.written.size(), "without a live session, the configured provider");
        assertTrue(problems().stream().noneMatch(p -> p.contains(":mirror")), problems().toString());
    }

    @Test
    void theMemoryFlushRunsOnlyTheMemoryToolItOffers() throws Exception {
        FakeModel model = new FakeModel("m", 2_000);
        for (int i = 0; i < 6; i++) model.text("answer " + i + " " + "y".repeat(1_000));
        model.tools(new ToolCall("f1", "terminal", "{\"command\":\"rm -rf /tmp/x\"}"),
                        new ToolCall("f2", "memory", "{\"action\":\"add\"}"))
                .text("DONE").text("SUMMARY").text("final");
        TestTool terminal = TestTool.echo("terminal");
        TestTool memory = TestTool.echo("memory");
        Conversation c = agent(Map.of("compression__keep__recent", 2), List.of(terminal, memory), List.of(), model)
                .open(SessionOptions.cli(null));
        for (int i = 0; i < 6; i++) await(c.send("question " + i, listener));

        assertEquals("final", await(c.send("last", listener)).text());

        assertEquals(0, terminal.calls.get(), "a tool the flush did not offer is not run");
        assertEquals(1, memory.calls.get());
        List<ChatMessage> afterFlushCall = model.requests().get(7).messages();
        ChatMessage.ToolResult refused = (ChatMessage.ToolResult) afterFlushCall.get(afterFlushCall.size() - 2);
        assertEquals("f1", refused.toolCallId());
        assertTrue(refused.text().startsWith("Error: not run: only the memory tool is offered"), refused.text());
        assertEquals("memory got {\"action\":\"add\"}", afterFlushCall.get(afterFlushCall.size() - 1).text());
    }

    private List<String> problems() {
        return agent.status().problems();
    }
}
