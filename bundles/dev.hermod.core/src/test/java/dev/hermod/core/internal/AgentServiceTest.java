package dev.hermod.core.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.hermod.api.agent.Conversation;
import dev.hermod.api.agent.SessionOptions;
import dev.hermod.api.agent.TurnResult;
import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.ChatRequest;
import dev.hermod.api.llm.ModelException;
import dev.hermod.api.llm.ToolCall;
import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.api.tool.ApprovalDecision;
import dev.hermod.api.tool.ApprovalRequest;
import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolResult;
import dev.hermod.api.tool.ToolSpec;

class AgentServiceTest extends AgentFixture {

    AgentService agent(Map<String, Object> config, List<Tool> tools, FakeModel... models) {
        return agent(config, tools, List.of(), models);
    }

    @Test
    void toolCallsRunUntilTheModelAnswers() throws Exception {
        FakeModel model = new FakeModel("m").tool("terminal", "{\"command\":\"echo hi\"}").text("It printed hi.");
        TestTool terminal = TestTool.echo("terminal");
        Conversation c = agent(Map.of(), List.of(terminal), model).open(SessionOptions.cli(null));

        TurnResult r = await(c.send("run echo hi", listener));

        assertEquals(TurnResult.Outcome.COMPLETED, r.outcome());
        assertEquals("It printed hi.", r.text());
        assertEquals(2, r.modelCalls());
        assertEquals(1, r.toolCalls());
        ChatRequest second = model.requests().get(1);
        ChatMessage.ToolResult result = (ChatMessage.ToolResult) second.messages().get(second.messages().size() - 1);
        assertEquals("terminal got {\"command\":\"echo hi\"}", result.text());
        assertEquals(List.of("user", "assistant", "tool", "assistant"),
                store.messages(c.sessionId()).stream().map(m -> m.message().role()).toList());
    }

    @Test
    void readOnlyToolsRunInParallel() throws Exception {
        CyclicBarrier both = new CyclicBarrier(2);
        TestTool.Body meet = (a, ctx) -> {
            both.await(5, TimeUnit.SECONDS); // only returns when the other call runs at the same time
            return ToolResult.ok("met");
        };
        Tool a = new TestTool("read_a", true, ToolSpec.Approval.NEVER, meet);
        Tool b = new TestTool("read_b", true, ToolSpec.Approval.NEVER, meet);
        FakeModel model = new FakeModel("m")
                .tools(new ToolCall("1", "read_a", "{}"), new ToolCall("2", "read_b", "{}")).text("done");
        Conversation c = agent(Map.of(), List.of(a, b), model).open(SessionOptions.cli(null));

        TurnResult r = await(c.send("read both", listener));

        assertEquals("done", r.text());
        List<ChatMessage> sent = model.requests().get(1).messages();
        assertEquals("met", sent.get(sent.size() - 2).text());
        assertEquals("met", sent.get(sent.size() - 1).text());
    }

    @Test
    void retriesRateLimitsThenFallsBackAndTriesThePrimaryAgainNextTurn() throws Exception {
        FakeModel primary = new FakeModel("primary").fail(ModelException.Kind.RATE_LIMITED).fail(ModelException.Kind.SERVER_ERROR)
                .text("second turn from primary");
        FakeModel backup = new FakeModel("backup").text("from backup");
        Conversation c = agent(Map.of("max__retries", 1, "fallback__models", new String[] {"backup"}), List.of(), primary, backup)
                .open(SessionOptions.cli(null));

        TurnResult first = await(c.send("hello", listener));
        TurnResult second = await(c.send("again", listener));

        assertEquals("from backup", first.text());
        assertEquals("backup", first.model());
        assertEquals("second turn from primary", second.text());
        assertEquals("primary", second.model());
        assertTrue(notices.stream().anyMatch(n -> n.contains("retry 1/1")), notices.toString());
        assertTrue(notices.stream().anyMatch(n -> n.contains("Falling back to model provider 'backup'")), notices.toString());
    }

    @Test
    void authenticationFailureIsNotRetriedAndTheTurnFailsWithAdvice() throws Exception {
        FakeModel model = new FakeModel("m").fail(ModelException.Kind.AUTHENTICATION).text("never");
        Conversation c = agent(Map.of(), List.of(), model).open(SessionOptions.cli(null));

        TurnResult r = await(c.send("hello", listener));

        assertEquals(TurnResult.Outcome.FAILED, r.outcome());
        assertTrue(r.text().contains("api_key_env"), r.text());
        assertEquals(1, model.requests().size());
        assertEquals(List.of("user"), store.messages(c.sessionId()).stream().map(m -> m.message().role()).toList(),
                "the person's message is kept");
    }

    @Test
    void iterationBudgetStopsTheLoopWithWarningsAndAFinalAnswer() throws Exception {
        FakeModel model = new FakeModel("m");
        for (int i = 0; i < 10; i++) model.tool("terminal", "{}");
        model.step(r -> FakeModel.response(new ChatMessage.Assistant("summary of what I did")));
        FakeModel finalModel = model;
        Conversation c = agent(Map.of("max__iterations", 10), List.of(TestTool.echo("terminal")), finalModel)
                .open(SessionOptions.cli(null));

        TurnResult r = await(c.send("loop forever", listener));

        assertEquals(TurnResult.Outcome.BUDGET_EXHAUSTED, r.outcome());
        assertEquals("summary of what I did", r.text());
        assertEquals(11, model.requests().size());
        ChatRequest last = model.requests().get(10);
        assertTrue(last.tools().isEmpty(), "the final call offers no tools");
        String transcript = last.messages().stream().map(ChatMessage::text).reduce("", String::concat);
        assertTrue(transcript.contains("[Budget: 7 of 10 model calls used"), "warning at 70%");
        assertTrue(transcript.contains("[Budget: 9 of 10 model calls used"), "warning at 90%");
    }

    @Test
    void approvalIsAskedForAlwaysToolsAndNobodyToAskMeansNo() throws Exception {
        TestTool danger = new TestTool("danger", false, ToolSpec.Approval.ALWAYS, (a, ctx) -> ToolResult.ok("ran"));
        FakeModel model = new FakeModel("m").tool("danger", "{}").text("ok").tool("danger", "{}").text("ok");
        AgentService service = agent(Map.of(), List.of(danger), model);

        List<ApprovalRequest> asked = new ArrayList<>();
        Conversation withHuman = service.open(SessionOptions.cli(req -> {
            asked.add(req);
            return ApprovalDecision.APPROVE_ONCE;
        }));
        await(withHuman.send("do it", listener));
        Conversation nobody = service.open(SessionOptions.cli(null));
        await(nobody.send("do it", listener));

        assertEquals(1, asked.size());
        assertEquals(1, danger.calls.get(), "run once with approval, never without an approver");
        String refused = model.requests().get(3).messages().get(3).text();
        assertTrue(refused.startsWith("Error: not approved"), refused);
    }

    @Test
    void systemPromptIsByteStableAndRecallGoesWithTheUserMessage() throws Exception {
        List<String> hooks = new CopyOnWriteArrayList<>();
        MemoryProvider memory = new MemoryProvider() {
            int turn;
            @Override public String name() { return "builtin"; }
            @Override public String systemPromptBlock(MemoryContext c) { return "MEMORY: likes tea"; }
            @Override public String prefetch(MemoryContext c, String q, int budget) { return "recalled #" + (++turn); }
            @Override public void syncTurn(MemoryContext c, String user, String answer) { hooks.add("sync " + user + " -> " + answer); }
            @Override public void queuePrefetch(MemoryContext c, String q) { hooks.add("queue " + q); }
        };
        FakeModel model = new FakeModel("m").text("one").text("two");
        AgentService service = agent(Map.of(), List.of(), model);
        service.memoryProviders = List.of(memory);
        Conversation c = service.open(SessionOptions.cli(null));

        await(c.send("first", listener));
        await(c.send("second", listener));

        String system1 = model.requests().get(0).messages().get(0).text();
        String system2 = model.requests().get(1).messages().get(0).text();
        assertEquals(system1, system2);
        assertTrue(system1.contains("MEMORY: likes tea"));
        assertFalse(system1.contains("recalled"));
        List<ChatMessage> second = model.requests().get(1).messages();
        assertTrue(second.get(second.size() - 1).text().contains("<recalled-memory>\nrecalled #2"));
        assertEquals("second", store.messages(c.sessionId()).get(2).message().text(), "the transcript keeps what was said");
        assertEquals(List.of("sync first -> one", "queue first", "sync second -> two", "queue second"), hooks);
    }

    @Test
    void compressionSummarisesOldTurnsAndTheStoreKeepsEverything() throws Exception {
        FakeModel model = new FakeModel("m", 2_000);
        String big = "x".repeat(1_000);
        for (int i = 0; i < 6; i++) model.text("answer " + i + " " + big);
        model.text("SUMMARY: they talked about x");
        model.text("final");
        Conversation c = agent(Map.of("compression__keep__recent", 2), List.of(), model).open(SessionOptions.cli(null));

        for (int i = 0; i < 6; i++) await(c.send("question " + i, listener));
        TurnResult r = await(c.send("last question", listener));

        assertEquals("final", r.text());
        List<ChatMessage> sent = model.requests().get(model.requests().size() - 1).messages();
        assertTrue(sent.get(1).text().startsWith(ContextCompressor.SUMMARY_MARKER), sent.get(1).text());
        assertTrue(sent.size() < 8, "old turns left the prompt: " + sent.size());
        assertEquals(14, store.messages(c.sessionId()).size(), "nothing left the store");
        assertTrue(notices.stream().anyMatch(n -> n.startsWith("Compressed")), notices.toString());
    }

    @Test
    void beforeCompressionTheModelMaySaveMemoriesOffTheConversation() throws Exception {
        FakeModel model = new FakeModel("m", 2_000);
        String big = "y".repeat(1_000);
        for (int i = 0; i < 6; i++) model.text("answer " + i + " " + big);
        model.tool("memory", "{\"action\":\"add\",\"target\":\"user\",\"content\":\"likes y\"}")
                .text("DONE").text("SUMMARY").text("final");
        TestTool memory = TestTool.echo("memory");
        Conversation c = agent(Map.of("compression__keep__recent", 2), List.of(memory), model).open(SessionOptions.cli(null));

        for (int i = 0; i < 6; i++) await(c.send("question " + i, listener));
        TurnResult r = await(c.send("last", listener));

        assertEquals("final", r.text());
        assertEquals(1, memory.calls.get(), "the memory write ran");
        ChatRequest flush = model.requests().get(6);
        assertEquals(List.of("memory"), flush.tools().stream().map(t -> t.name()).toList(), "only the memory tool is offered");
        assertTrue(flush.messages().get(flush.messages().size() - 1).text().startsWith("[Older messages"));
        List<ChatMessage> finalPrompt = model.requests().get(model.requests().size() - 1).messages();
        assertTrue(finalPrompt.stream().noneMatch(m -> m.text().contains("[Older messages")), "the flush left no trace in the conversation");
        assertTrue(finalPrompt.stream().noneMatch(m -> m instanceof ChatMessage.ToolResult), "nor its tool results");
    }

    @Test
    void failedCompressionDropsNothingAndSaysSo() throws Exception {
        FakeModel model = new FakeModel("m", 1_000);
        model.text("a".repeat(2_000)).text("b".repeat(2_000)).fail(ModelException.Kind.BAD_REQUEST).text("still here");
        Conversation c = agent(Map.of("compression__keep__recent", 2, "max__retries", 0), List.of(), model).open(SessionOptions.cli(null));

        await(c.send("one", listener));
        await(c.send("two", listener));
        TurnResult r = await(c.send("three", listener));

        assertEquals("still here", r.text());
        assertEquals(6, model.requests().get(3).messages().size(), "system + all five messages still in the prompt");
        assertTrue(notices.stream().anyMatch(n -> n.contains("nothing was dropped")), notices.toString());
    }

    @Test
    void cancelStopsARunningToolAndTheSessionStaysUsable() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        TestTool slow = new TestTool("slow", false, ToolSpec.Approval.NEVER, (a, ctx) -> {
            started.countDown();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!ctx.cancelled() && System.nanoTime() < deadline) Thread.onSpinWait();
            return ToolResult.ok(ctx.cancelled() ? "saw cancel" : "not cancelled");
        });
        FakeModel model = new FakeModel("m").tool("slow", "{}").text("unused").text("after");
        Conversation c = agent(Map.of(), List.of(slow), model).open(SessionOptions.cli(null));

        var turn = c.send("go slow", listener);
        assertTrue(started.await(5, TimeUnit.SECONDS));
        c.cancel();
        TurnResult r = await(turn);
        model.requests.clear();
        TurnResult again = await(c.send("hello again", listener));

        assertEquals(TurnResult.Outcome.CANCELLED, r.outcome());
        assertEquals("unused", again.text(), "the session goes on with the next scripted answer");
        List<ChatMessage> sent = model.requests().get(0).messages();
        assertTrue(sent.stream().anyMatch(m -> m instanceof ChatMessage.ToolResult tr && tr.toolCallId().equals("call_0")),
                "the interrupted call has its result, so the history stays valid");
    }

    @Test
    void turnsOfOneSessionRunInOrder() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        FakeModel model = new FakeModel("m");
        for (int i = 0; i < 20; i++) {
            model.step(r -> {
                seen.add(r.messages().get(r.messages().size() - 1).text());
                return FakeModel.response(new ChatMessage.Assistant("ok"));
            });
        }
        Conversation c = agent(Map.of(), List.of(), model).open(SessionOptions.cli(null));

        List<java.util.concurrent.CompletableFuture<TurnResult>> turns = new ArrayList<>();
        for (int i = 0; i < 20; i++) turns.add(c.send("m" + i, null).toCompletableFuture());
        for (var t : turns) t.get(10, TimeUnit.SECONDS);

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) expected.add("m" + i);
        assertEquals(expected, seen);
    }

    @Test
    void openingWithoutAnyModelSaysHowToConfigureOne() {
        AgentService service = agent(Map.of(), List.of());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> service.open(SessionOptions.cli(null)));
        assertTrue(e.getMessage().contains("hermod setup"), e.getMessage());
        assertTrue(service.status().problems().stream().anyMatch(p -> p.contains("no model provider")));
    }

    @Test
    void aSessionOpenedRightAfterStartWaitsForItsProviderToArrive() throws Exception {
        AgentService service = agent(Map.of("startup__wait__seconds", 30), List.of());
        var opened = java.util.concurrent.CompletableFuture.supplyAsync(() -> service.open(SessionOptions.cli(null)));
        FakeModel late = new FakeModel("late").text("here");
        service.addModel(late, Map.of("service.ranking", 0, "service.id", 99L));

        Conversation c = opened.get(10, TimeUnit.SECONDS);

        assertEquals("late", c.modelName());
        assertEquals("here", await(c.send("hi", listener)).text());
    }

    static MemoryProvider provider(String name, dev.hermod.api.memory.MemoryHealth health) {
        return new MemoryProvider() {
            @Override public String name() { return name; }
            @Override public dev.hermod.api.memory.MemoryHealth health() { return health; }
            @Override public String systemPromptBlock(MemoryContext c) { return "[" + name + " block]"; }
        };
    }

    @Test
    void onlyTheConfiguredExternalMemoryProviderIsUsedBesideTheBuiltIn() throws Exception {
        FakeModel model = new FakeModel("m").text("ok");
        AgentService service = agent(Map.of("memory__provider", "holographic"), List.of(), model);
        service.memoryProviders = List.of(provider("builtin", dev.hermod.api.memory.MemoryHealth.up()),
                provider("holographic", dev.hermod.api.memory.MemoryHealth.up()),
                provider("other", dev.hermod.api.memory.MemoryHealth.up()));

        await(service.open(SessionOptions.cli(null)).send("hi", listener));

        String system = model.requests().get(0).messages().get(0).text();
        assertTrue(system.contains("[builtin block]") && system.contains("[holographic block]"), system);
        assertFalse(system.contains("[other block]"), "a provider nobody chose is not used");
        assertEquals(List.of("builtin", "holographic"), service.status().memoryProviders());
    }

    @Test
    void aMissingOrUnhealthyMemoryProviderIsReportedNeverReplaced() throws Exception {
        FakeModel model = new FakeModel("m").text("ok");
        AgentService service = agent(Map.of("memory__provider", "holographic"), List.of(), model);
        service.memoryProviders = List.of(provider("builtin", dev.hermod.api.memory.MemoryHealth.degraded("MEMORY.md at 86%")),
                provider("other", dev.hermod.api.memory.MemoryHealth.up()));

        await(service.open(SessionOptions.cli(null)).send("hi", listener));

        assertFalse(model.requests().get(0).messages().get(0).text().contains("[other block]"));
        assertTrue(notices.stream().anyMatch(n -> n.contains("'holographic' is not available")), notices.toString());
        List<String> problems = service.status().problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains("'holographic' is not available")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'builtin' is DEGRADED: MEMORY.md at 86%")), problems.toString());
    }

    /** A gateway that records what it was asked to send. */
    static final class RecordingGateway implements dev.hermod.api.gateway.MessagingGateway {
        final List<dev.hermod.api.gateway.OutboundMessage> sent = new CopyOnWriteArrayList<>();
        @Override public String platform() { return "test"; }
        @Override public dev.hermod.api.gateway.GatewayCapabilities capabilities() { return dev.hermod.api.gateway.GatewayCapabilities.plain(10); }
        @Override public java.util.concurrent.CompletionStage<dev.hermod.api.gateway.DeliveryReceipt> send(dev.hermod.api.gateway.OutboundMessage m) {
            sent.add(m);
            return java.util.concurrent.CompletableFuture.completedFuture(new dev.hermod.api.gateway.DeliveryReceipt("p" + sent.size()));
        }
    }

    static dev.hermod.api.gateway.InboundMessage inbound(String id, String text) {
        return new dev.hermod.api.gateway.InboundMessage("test", "", "chat1", "", "u1", "Ann", id, text, null, true, null);
    }

    @Test
    void gatewayMessagesGetOneTurnRepliesFitTheLimitAndIdleSessionsEndAndResume() throws Exception {
        List<String> ended = new CopyOnWriteArrayList<>();
        FakeModel model = new FakeModel("m").text("first answer here").text("second");
        AgentService service = agent(Map.of("idle__session__minutes", 0), List.of(), model);
        service.memoryProviders = List.of(new MemoryProvider() {
            @Override public String name() { return "builtin"; }
            @Override public void sessionEnd(MemoryContext c, List<ChatMessage> transcript) { ended.add(c.sessionId() + ":" + transcript.size()); }
        });
        RecordingGateway gateway = new RecordingGateway();
        service.addGateway(gateway);

        TurnResult first = service.accept(inbound("m1", "hello")).toCompletableFuture().get(10, TimeUnit.SECONDS);
        TurnResult duplicate = service.accept(inbound("m1", "hello")).toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertEquals(1, service.endIdleGatewaySessions());
        TurnResult second = service.accept(inbound("m2", "again")).toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertEquals(TurnResult.Outcome.DUPLICATE, duplicate.outcome());
        assertEquals(List.of("first", "answer", "here", "second"), gateway.sent.stream().map(m -> m.text()).toList());
        assertEquals("m1", gateway.sent.get(0).replyTo());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (ended.isEmpty() && System.nanoTime() < deadline) Thread.onSpinWait(); // session end runs on its own thread
        assertEquals(List.of(first.sessionId() + ":2"), ended, "the idle session ended with its transcript");
        assertEquals(first.sessionId(), second.sessionId(), "the next message resumed the same session");
        assertEquals(4, model.requests().get(1).messages().size(), "with its history");
    }

    @Test
    void resumeRebuildsTheHistoryAndClosesInterruptedToolCalls() throws Exception {
        FakeModel model = new FakeModel("m").text("resumed answer");
        AgentService service = agent(Map.of(), List.of(), model);
        Conversation first = service.open(SessionOptions.cli(null));
        store.append(first.sessionId(), List.of(new ChatMessage.User("earlier"),
                new ChatMessage.Assistant("", List.of(new ToolCall("c1", "terminal", "{}")))));
        first.close();

        Conversation again = service.open(SessionOptions.cli(null).resume(first.sessionId()));
        await(again.send("continue", listener));

        List<ChatMessage> sent = model.requests().get(0).messages();
        assertEquals(List.of("system", "user", "assistant", "tool", "user"), sent.stream().map(ChatMessage::role).toList());
        assertTrue(sent.get(3).text().contains("interrupted"));
    }

    /** Records what the runtime tells observers. */
    static final class RecordingObserver implements dev.hermod.api.agent.TurnObserver {
        final java.util.concurrent.BlockingQueue<dev.hermod.api.agent.TurnRecord> turns = new java.util.concurrent.LinkedBlockingQueue<>();
        final java.util.concurrent.BlockingQueue<String> feedback = new java.util.concurrent.LinkedBlockingQueue<>();
        @Override public void turnEnded(dev.hermod.api.agent.TurnRecord turn) { turns.add(turn); }
        @Override public void feedback(String sessionId, boolean positive, String comment) {
            feedback.add(sessionId + (positive ? " good " : " bad ") + comment);
        }
    }

    @Test
    void observersSeeEachFinishedTurnWithItsTranscriptAndOfferedSkillsAndTheFeedback() throws Exception {
        FakeModel model = new FakeModel("m").tool("terminal", "{\"command\":\"make\"}").tool("nope", "{}").text("Built.");
        RecordingObserver observer = new RecordingObserver();
        AgentService a = agent(Map.of(), List.of(TestTool.echo("terminal")), model);
        a.addObserver(new dev.hermod.api.agent.TurnObserver() { // a failing observer harms no other
            @Override public void turnEnded(dev.hermod.api.agent.TurnRecord turn) { throw new IllegalStateException("boom"); }
        });
        a.addObserver(observer);
        Conversation c = a.open(SessionOptions.cli(null));

        await(c.send("build it, key sk-abcdefghijklmnopqrstuvwxyz123456", listener));
        c.feedback(false, "wrong target");

        dev.hermod.api.agent.TurnRecord turn = observer.turns.poll(5, TimeUnit.SECONDS);
        assertNotNull(turn);
        assertEquals(c.sessionId(), turn.sessionId());
        assertEquals("cli/local", turn.sessionKey());
        assertFalse(turn.userText().contains("sk-abcdefghijklmnopqrstuvwxyz123456"), turn.userText());
        assertEquals(TurnResult.Outcome.COMPLETED, turn.result().outcome());
        assertEquals(List.of("assistant", "tool", "assistant", "tool", "assistant"),
                turn.transcript().stream().map(ChatMessage::role).toList());
        String unknownCall = ((ChatMessage.Assistant) turn.transcript().get(2)).toolCalls().get(0).id();
        assertEquals(List.of(unknownCall), turn.failedToolCalls());
        assertEquals(c.sessionId() + " bad wrong target", observer.feedback.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void theAuxiliaryModelUsesThePrimaryThenTheFallbacks() throws Exception {
        FakeModel primary = new FakeModel("primary").fail(ModelException.Kind.AUTHENTICATION);
        FakeModel backup = new FakeModel("backup").text("reviewed");
        AgentService a = agent(Map.of("max__retries", 0, "fallback__models", new String[] {"backup"}), List.of(), primary, backup);

        var response = a.complete(new ChatRequest(List.of(new ChatMessage.User("review this")), List.of()), "test");

        assertEquals("reviewed", response.message().text());
        assertEquals(1, primary.requests().size());
    }

    @Test
    void gatewayFeedbackIsNoTurn() throws Exception {
        FakeModel model = new FakeModel("m").text("hello");
        RecordingObserver observer = new RecordingObserver();
        AgentService a = agent(Map.of(), List.of(), model);
        a.addObserver(observer);
        RecordingGateway gateway = new RecordingGateway();
        a.addGateway(gateway);

        await(a.accept(inbound("1", "hi")));
        await(a.accept(inbound("2", "/good thanks")));

        assertEquals(1, model.requests().size());
        assertTrue(observer.feedback.poll(5, TimeUnit.SECONDS).endsWith(" good thanks"));
        assertEquals("Thanks,", gateway.sent.get(1).text()); // the test gateway splits at 10 characters
    }

    @Test
    void aSkillRunByNameFromAGroupChatReachesTheModelWholeAndTheObserversSeeTheCommand() throws Exception {
        FakeModel model = new FakeModel("m").text("Bisected.");
        RecordingObserver observer = new RecordingObserver();
        AgentService a = agent(Map.of(), List.of(TestTool.echo("skill_view")), model);
        a.skills = ExplicitSkillTest.LIBRARY;
        a.addObserver(observer);
        a.addGateway(new RecordingGateway());

        await(a.accept(new dev.hermod.api.gateway.InboundMessage("test", "", "team", "", "u1", "Ann", "m1",
                "/git-bisect login broke in 2.5", null, false, null)));

        String sent = model.requests().get(0).messages().get(model.requests().get(0).messages().size() - 1).text();
        assertTrue(sent.startsWith("[Ann]: [The person asked to use the skill 'git-bisect'."), sent);
        assertTrue(sent.contains("1. Mark good and bad.") && sent.contains("login broke in 2.5"), sent);
        dev.hermod.api.agent.TurnRecord turn = observer.turns.poll(5, TimeUnit.SECONDS);
        assertEquals("[Ann]: /git-bisect login broke in 2.5", turn.userText(), "the record keeps what was typed");
        assertEquals(List.of("git-bisect"), turn.offeredSkills());
        assertEquals("git-bisect", turn.ranSkill(), "the observers are told which skill was run, not left to parse it");
    }

    @Test
    void skillMatchingKnowsTheSessionsToolsAndToolsets() throws Exception {
        FakeModel model = new FakeModel("m").text("ok");
        AgentService a = agent(Map.of(), List.of(TestTool.echo("skill_view"), TestTool.echo("terminal")), model);
        java.util.List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        a.skills = new dev.hermod.api.skill.SkillLibrary() {
            @Override public List<dev.hermod.api.skill.Skill> list() { return List.of(); }
            @Override public java.util.Optional<dev.hermod.api.skill.Skill> get(String name) { return java.util.Optional.empty(); }
            @Override public List<dev.hermod.api.skill.Skill> match(String task, int tokenBudget) { throw new AssertionError("no tools given"); }
            @Override public List<dev.hermod.api.skill.Skill> match(String task, int budget, java.util.Set<String> tools,
                    java.util.Set<String> toolsets) {
                asked.add(new java.util.TreeSet<>(tools) + " " + new java.util.TreeSet<>(toolsets));
                return List.of();
            }
            @Override public String readFile(String skill, String path) { throw new IllegalArgumentException(); }
        };
        Conversation c = a.open(SessionOptions.cli(null));
        await(c.send("rotate the logs", listener));
        assertEquals(List.of("[skill_view, terminal] " + new java.util.TreeSet<>(List.of(TestTool.echo("skill_view").spec().toolset(),
                TestTool.echo("terminal").spec().toolset()))), asked);
    }
}
