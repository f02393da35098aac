package dev.hermod.gateway.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.agent.TurnResult;
import dev.hermod.api.tool.ApprovalDecision;
import dev.hermod.api.tool.ApprovalRequest;

class ChatCommandTest {
    @TempDir Path home;
    final FakeRuntime runtime = new FakeRuntime();

    private int run(Consoles4Test io, String... args) throws Exception {
        return new ChatCommand(runtime, () -> null, Consoles4Test.settings(home), io.console).run(ChatArgs.parse(args));
    }

    @Test
    void oneShotPrintsOnlyTheAnswerOnStdoutAndActivityOnStderr() throws Exception {
        runtime.script = (text, l, o, id) -> {
            l.onText("thinking out loud ");
            l.onToolStart("read_file", "{\"path\":\"README.md\"}");
            l.onNotice("retrying after a rate limit");
            return FakeRuntime.completed(id, "42");
        };
        Consoles4Test io = new Consoles4Test("", false, false);
        assertEquals(0, run(io, "-q", "answer?"));
        assertEquals("42\n", io.out());
        assertTrue(io.err().contains("read_file {\"path\":\"README.md\"}"), io.err());
        assertTrue(io.err().contains("retrying after a rate limit"));
    }

    @Test
    void beforeExitingTheChatLetsTheBackgroundReviewFinishAndSaysSoWhenItTakesAWhile() throws Exception {
        Consoles4Test quick = new Consoles4Test("", false, false);
        assertEquals(0, run(quick, "-q", "answer?"));
        assertEquals(List.of(ChatCommand.QUIET_WAIT), runtime.backgroundWaits);
        assertFalse(quick.err().contains("learning"), quick.err());

        runtime.backgroundWaits.clear();
        runtime.backgroundIdle.add(false);
        Consoles4Test slow = new Consoles4Test("", false, false);
        assertEquals(0, run(slow, "-q", "answer?"));
        assertEquals(List.of(ChatCommand.QUIET_WAIT, ChatCommand.LEARNING_WAIT), runtime.backgroundWaits);
        assertTrue(slow.err().contains("learning from this session before exiting"), slow.err());
        assertEquals("echo: answer?\n", slow.out(), "stdout keeps only the answer");
    }

    @Test
    void oneShotExitsOneWhenTheTurnDoesNotComplete() throws Exception {
        runtime.script = (text, l, o, id) -> new TurnResult(id, TurnResult.Outcome.FAILED, "every provider failed", 1, 0, null, "");
        Consoles4Test io = new Consoles4Test("", false, false);
        assertEquals(1, run(io, "-q", "x"));
        assertEquals("", io.out());
        assertTrue(io.err().contains("every provider failed"));
    }

    @Test
    void aRuntimeFaultIsAFailedTurnNotACrash() throws Exception {
        runtime.script = (text, l, o, id) -> { throw new IllegalStateException("database locked"); };
        Consoles4Test io = new Consoles4Test("", false, false);
        assertEquals(1, run(io, "-q", "x"));
        assertTrue(io.err().contains("database locked"), io.err());
    }

    @Test
    void noModelConfiguredExitsTwoWithHowToFixIt() throws Exception {
        runtime.openFailure = new IllegalStateException("no model provider is configured");
        Consoles4Test io = new Consoles4Test("", false, false);
        assertEquals(2, run(io, "-q", "hello"));
        assertTrue(io.err().contains("no model provider is configured"));
        assertTrue(io.err().contains("run `hermod setup` or set OPENAI_BASE_URL, OPENAI_API_KEY and HERMOD_MODEL"));
    }

    @Test
    void resumingAnUnknownSessionIsAClearError() throws Exception {
        Consoles4Test io = new Consoles4Test("", false, false);
        assertEquals(2, run(io, "--resume", "nope"));
        assertTrue(io.err().contains("cannot resume session nope"), io.err());
        assertTrue(io.err().contains("hermod shell -c sessions"));
    }

    @Test
    void continueResumesTheLastCliSession() throws Exception {
        runtime.knownSessions.add("old-1");
        runtime.lastSession = "old-1";
        assertEquals(0, run(new Consoles4Test("", false, false), "--continue", "-q", "x"));
        assertEquals("old-1", runtime.opened.get(0).resumeId());
        assertEquals("cli", runtime.opened.get(0).platform());
        assertEquals("local", runtime.opened.get(0).chatId());
    }

    @Test
    void continueWithoutAnEarlierSessionStartsANewOne() throws Exception {
        Consoles4Test io = new Consoles4Test("", false, false);
        assertEquals(0, run(io, "--continue", "-q", "x"));
        assertNull(runtime.opened.get(0).resumeId());
        assertTrue(io.err().contains("starting a new one"));
    }

    @Test
    void pipedLinesRunAsTurnsInOrderAndEndAtEof() throws Exception {
        Consoles4Test io = new Consoles4Test("first\n\nsecond\nthird\n", false, false);
        assertEquals(0, run(io));
        assertEquals("echo: first\necho: second\necho: third\n", io.out());
        assertEquals(List.of("first", "second", "third"), runtime.conversations.get(0).sent);
        assertTrue(runtime.conversations.get(0).closed, "the session ends at EOF");
    }

    @Test
    void pipedModeExitsOneWhenAnyTurnFailed() throws Exception {
        runtime.script = (text, l, o, id) -> text.equals("bad")
                ? new TurnResult(id, TurnResult.Outcome.FAILED, "boom", 0, 0, null, "")
                : FakeRuntime.completed(id, "ok");
        Consoles4Test io = new Consoles4Test("good\nbad\ngood\n", false, false);
        assertEquals(1, run(io));
        assertEquals("ok\nok\n", io.out());
    }

    @Test
    void withoutATerminalApprovalsAreDeniedAndThePersonIsTold() throws Exception {
        runtime.script = (text, l, o, id) -> {
            ApprovalDecision d = o.approver().ask(new ApprovalRequest("terminal", "rm -rf build", List.of("deletes files"), null));
            return FakeRuntime.completed(id, d.name());
        };
        Consoles4Test io = new Consoles4Test("clean up\n", false, false);
        assertEquals(0, run(io));
        assertEquals("DENY\n", io.out());
        assertTrue(io.err().contains("denied without asking (no terminal to ask): terminal: rm -rf build"), io.err());
    }

    @Test
    void interactiveStreamsTextAndEndsTheLine() throws Exception {
        runtime.script = (text, l, o, id) -> {
            l.onText("Hel");
            l.onText("lo");
            return FakeRuntime.completed(id, "Hello");
        };
        Consoles4Test io = new Consoles4Test("hi\n", true, true);
        assertEquals(0, run(io));
        assertTrue(io.out().contains("> Hello\n"), io.out());
        assertFalse(io.out().contains("HelloHello"), "the streamed answer is not printed twice");
        assertTrue(io.out().contains("resume it with: hermod chat --resume s1"));
    }
}
