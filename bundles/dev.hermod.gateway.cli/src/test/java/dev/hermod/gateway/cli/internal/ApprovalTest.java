package dev.hermod.gateway.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.hermod.api.tool.ApprovalDecision;
import dev.hermod.api.tool.ApprovalRequest;

class ApprovalTest {
    @TempDir Path home;
    static final ApprovalRequest RM = new ApprovalRequest("terminal", "rm -rf build", List.of("deletes files recursively"), null);

    @ParameterizedTest
    @CsvSource({"o,APPROVE_ONCE", "O,APPROVE_ONCE", "once,APPROVE_ONCE", "s,APPROVE_SESSION", " session ,APPROVE_SESSION",
            "d,DENY", "y,DENY", "yes please,DENY", "'',DENY"})
    void answersAreParsedAndAnythingElseDenies(String answer, ApprovalDecision expected) {
        assertEquals(expected, ApprovalPrompt.parse(answer));
    }

    @ParameterizedTest
    @CsvSource({"o,APPROVE_ONCE", "s,APPROVE_SESSION", "d,DENY", "whatever,DENY"})
    void aRunningTurnGetsTheAnswerTypedOnTheConsole(String answer, ApprovalDecision expected) throws Exception {
        FakeRuntime runtime = new FakeRuntime();
        runtime.script = (text, l, o, id) -> FakeRuntime.completed(id, o.approver().ask(RM).name());
        Consoles4Test io = new Consoles4Test("clean up\n" + answer + "\n", false, true);
        int code = new ChatCommand(runtime, () -> null, Consoles4Test.settings(home), io.console).run(ChatArgs.parse());
        assertEquals(0, code);
        assertEquals(expected.name() + "\n", io.out());
        assertTrue(io.err().contains("terminal wants to\n    rm -rf build\n  because:\n    - deletes files recursively"), io.err());
        assertTrue(io.err().contains("[o]nce / [s]ession / [d]eny (default deny"));
    }

    @Test
    void nobodyAnsweringTimesOutToDeny() {
        ApprovalDesk desk = new ApprovalDesk(true, Duration.ofMillis(100), notice -> {});
        assertEquals(ApprovalDecision.DENY, desk.ask(RM));
    }

    @Test
    void ctrlCDeniesWhatIsWaiting() throws Exception {
        ApprovalDesk desk = new ApprovalDesk(true, Duration.ofMinutes(5), notice -> {});
        CompletableFuture<ApprovalDecision> asked = CompletableFuture.supplyAsync(() -> desk.ask(RM));
        Object pending = desk.take(); // the request reached the main thread
        assertTrue(pending instanceof ApprovalDesk.Pending);
        desk.denyPending();
        assertEquals(ApprovalDecision.DENY, asked.get(5, TimeUnit.SECONDS));
    }
}
