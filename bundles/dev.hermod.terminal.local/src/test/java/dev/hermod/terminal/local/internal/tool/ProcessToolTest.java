package dev.hermod.terminal.local.internal.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.tool.ApprovalDecision;
import dev.hermod.api.tool.ToolResult;
import dev.hermod.terminal.local.internal.Eventually;
import dev.hermod.terminal.local.internal.LocalBackends;
import dev.hermod.terminal.local.internal.policy.CommandApprovalPolicy;

class ProcessToolTest {

    @TempDir
    Path home;
    private FakeToolContext context;
    private TerminalTool terminal;
    private ProcessTool process;

    @BeforeEach
    void setUp() throws Exception {
        Path project = Files.createDirectories(home.resolve("work/project"));
        context = new FakeToolContext(project, home.resolve(".hermod"));
        terminal = new TerminalTool(ToolConfigs.terminal("local", 30, 60), new CommandApprovalPolicy(home));
        terminal.addBackend(LocalBackends.withEnvironment(Map.of("PATH", System.getenv("PATH"))));
        process = new ProcessTool(new CommandApprovalPolicy(home));
    }

    @AfterEach
    void tearDown() throws Exception {
        context.close();
    }

    private String start(String command) {
        ToolResult result = terminal.execute("{\"command\": \"" + command + "\", \"background\": true}", context);
        assertFalse(result.error(), result.content());
        return result.content().substring("Started ".length(), result.content().indexOf(' ', "Started ".length()));
    }

    private String call(String json) { return process.execute(json, context).content(); }

    @Test
    void listsNothingBeforeAnythingStarted() {
        assertEquals("No background processes in this session.", call("{\"action\": \"list\"}"));
        assertTrue(process.execute("{\"action\": \"poll\", \"process_id\": \"proc_1\"}", context).error());
    }

    @Test
    void pollReturnsOnlyNewOutput() {
        String id = start("echo first; read -r go; echo second; sleep 30");
        Eventually.await("first line", Duration.ofSeconds(5), () -> call("{\"action\": \"log\", \"process_id\": \"" + id + "\"}").contains("first"));
        String poll = call("{\"action\": \"poll\", \"process_id\": \"" + id + "\"}");
        assertTrue(poll.contains("running") && poll.contains("first"), poll);
        assertTrue(call("{\"action\": \"poll\", \"process_id\": \"" + id + "\"}").contains("(no new output)"));
        assertTrue(call("{\"action\": \"write\", \"process_id\": \"" + id + "\", \"data\": \"go\\n\"}").contains("Wrote 3"));
        Eventually.await("second line", Duration.ofSeconds(5), () -> call("{\"action\": \"log\", \"process_id\": \"" + id + "\"}").contains("second"));
        String next = call("{\"action\": \"poll\", \"session_id\": \"" + id + "\"}");
        assertTrue(next.contains("second") && !next.contains("first"), next);
        String list = call("{\"action\": \"list\"}");
        assertTrue(list.contains(id + ": running") && list.contains("echo first"), list);
    }

    @Test
    void waitReturnsWhenTheProcessExits() {
        String id = start("sleep 0.3; echo finished; exit 5");
        String waited = call("{\"action\": \"wait\", \"process_id\": \"" + id + "\", \"timeout\": 20}");
        assertTrue(waited.contains("exited with code 5") && waited.contains("finished"), waited);
    }

    @Test
    void waitGivesUpAfterItsTimeout() {
        String id = start("sleep 30");
        long start = System.nanoTime();
        String waited = call("{\"action\": \"wait\", \"process_id\": \"" + id + "\", \"timeout\": 1}");
        assertTrue(waited.contains("still running"), waited);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5000);
    }

    @Test
    void killStopsTheProcess() {
        String id = start("sleep 30");
        String killed = call("{\"action\": \"kill\", \"process_id\": \"" + id + "\"}");
        assertTrue(killed.contains("Killed " + id) && killed.contains("exited"), killed);
    }

    @Test
    void logPagesByLines() {
        String id = start("seq 1 500");
        call("{\"action\": \"wait\", \"process_id\": \"" + id + "\", \"timeout\": 20}");
        String tail = call("{\"action\": \"log\", \"process_id\": \"" + id + "\", \"limit\": 3}");
        assertTrue(tail.endsWith("498\n499\n500"), tail);
        String page = call("{\"action\": \"log\", \"process_id\": \"" + id + "\", \"offset\": 10, \"limit\": 2}");
        assertTrue(page.endsWith("\n11\n12"), page);
    }

    @Test
    void writingARiskyCommandIntoAShellNeedsApproval() {
        String id = start("bash");
        context.answer = ApprovalDecision.DENY;
        ToolResult refused = process.execute("{\"action\": \"write\", \"process_id\": \"" + id
                + "\", \"data\": \"rm -rf ~\\n\"}", context);
        assertTrue(refused.error());
        assertEquals("process", context.asked.getFirst().tool());
    }

    @Test
    void unknownIdsAndActionsAreExplained() {
        start("sleep 30");
        assertTrue(call("{\"action\": \"poll\", \"process_id\": \"proc_9\"}").contains("known: proc_1"));
        assertTrue(call("{\"action\": \"explode\", \"process_id\": \"proc_1\"}").contains("unknown action"));
        assertTrue(call("{\"action\": \"poll\"}").contains("'process_id' is required"));
    }
}
