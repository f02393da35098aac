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

import dev.hermod.api.terminal.TerminalBackend;
import dev.hermod.api.tool.ApprovalDecision;
import dev.hermod.api.tool.ToolResult;
import dev.hermod.api.tool.ToolSpec;
import dev.hermod.terminal.local.internal.Eventually;
import dev.hermod.terminal.local.internal.LocalBackends;
import dev.hermod.terminal.local.internal.policy.CommandApprovalPolicy;

class TerminalToolTest {

    @TempDir
    Path home;
    private Path project;
    private FakeToolContext context;
    private TerminalTool tool;

    @BeforeEach
    void setUp() throws Exception {
        project = Files.createDirectories(home.resolve("work/project"));
        context = new FakeToolContext(project, home.resolve(".hermod"));
        tool = new TerminalTool(ToolConfigs.terminal("local", 30, 60), new CommandApprovalPolicy(home));
        tool.addBackend(LocalBackends.withEnvironment(Map.of("PATH", System.getenv("PATH"))));
    }

    @AfterEach
    void tearDown() throws Exception {
        context.close();
    }

    @Test
    void specIsTheHermesTerminalTool() {
        ToolSpec spec = tool.spec();
        assertEquals("terminal", spec.name());
        assertEquals("terminal", spec.toolset());
        assertEquals(ToolSpec.Approval.POLICY, spec.approval());
        assertTrue(spec.parameters().contains("\"required\": [\"command\"]"));
    }

    @Test
    void runsACommandAndReportsOutputAndExitCode() {
        ToolResult result = tool.execute("{\"command\": \"echo hello; exit 2\"}", context);
        assertFalse(result.error());
        assertTrue(result.untrusted(), "command output may carry outside content");
        assertEquals("hello\n[exit code 2]\n", result.content());
        assertTrue(context.asked.isEmpty(), "a benign command needs no approval");
    }

    @Test
    void keepsTheShellStateForTheSession() throws Exception {
        Files.createDirectory(project.resolve("src"));
        tool.execute("{\"command\": \"cd src && export MODE=test\"}", context);
        ToolResult result = tool.execute("{\"command\": \"basename $(pwd); echo $MODE\"}", context);
        assertEquals("src\ntest\n[exit code 0]\n", result.content());
    }

    @Test
    void deniedCommandDoesNotRun() throws Exception {
        Path victim = Files.createDirectories(home.resolve("Documents"));
        context.answer = ApprovalDecision.DENY;
        ToolResult result = tool.execute("{\"command\": \"rm -rf ~/Documents\"}", context);
        assertTrue(result.error());
        assertTrue(result.content().contains("denied"), result.content());
        assertTrue(result.content().contains("Do not retry"), result.content());
        assertTrue(Files.isDirectory(victim), "nothing was deleted");
        assertEquals(1, context.asked.size());
        assertEquals("terminal", context.asked.getFirst().tool());
        assertEquals("rm -rf ~/Documents", context.asked.getFirst().action());
        assertEquals("rm -rf ~/Documents", context.asked.getFirst().key());
        assertFalse(context.asked.getFirst().reasons().isEmpty());
    }

    @Test
    void approvedCommandRuns() throws Exception {
        Path victim = Files.createDirectories(home.resolve("Documents"));
        context.answer = ApprovalDecision.APPROVE_ONCE;
        ToolResult result = tool.execute("{\"command\": \"rm -rf " + victim + " && echo gone\"}", context);
        assertEquals(1, context.asked.size(), "a whole folder at the top of the home directory needs approval");
        assertFalse(result.error(), result.content());
        assertEquals("gone\n[exit code 0]\n", result.content());
        assertFalse(Files.exists(victim));
    }

    @Test
    void refusesWhenTheConfiguredBackendIsMissing() {
        TerminalTool docker = new TerminalTool(ToolConfigs.terminal("docker", 30, 60), new CommandApprovalPolicy(home));
        docker.addBackend(LocalBackends.withEnvironment(Map.of("PATH", System.getenv("PATH"))));
        ToolResult result = docker.execute("{\"command\": \"touch ran\"}", context);
        assertTrue(result.error());
        assertTrue(result.content().contains("'docker'") && result.content().contains("available: local"), result.content());
        assertFalse(Files.exists(project.resolve("ran")), "never falls back to the local backend");
    }

    @Test
    void reportsTimeoutsAndCapsTheRequestedTimeout() {
        TerminalTool quick = new TerminalTool(ToolConfigs.terminal("local", 30, 1), new CommandApprovalPolicy(home));
        quick.addBackend(LocalBackends.withEnvironment(Map.of("PATH", System.getenv("PATH"))));
        ToolResult result = quick.execute("{\"command\": \"echo start; sleep 30\", \"timeout\": 99}", context);
        assertTrue(result.content().contains("start\n"), result.content());
        assertTrue(result.content().contains("[timed out after 1 s"), result.content());
        assertTrue(result.content().contains("capped at 1 s"), result.content());
    }

    @Test
    void stoppingTheTurnKillsTheCommand() {
        Thread.ofVirtual().start(() -> {
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(300).toNanos());
            context.cancelled = true;
        });
        long start = System.nanoTime();
        ToolResult result = tool.execute("{\"command\": \"sleep 20\"}", context);
        assertTrue(result.error());
        assertTrue(result.content().contains("cancelled"), result.content());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10);
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void backgroundCommandReturnsAProcessIdForTheProcessTool() {
        ToolResult started = tool.execute("{\"command\": \"echo ready; sleep 30\", \"background\": true}", context);
        assertFalse(started.error(), started.content());
        assertTrue(started.content().contains("proc_1") && started.content().contains("process tool"), started.content());
        ProcessTool process = new ProcessTool(new CommandApprovalPolicy(home));
        Eventually.await("the process printed ready", Duration.ofSeconds(5),
                () -> process.execute("{\"action\": \"log\", \"process_id\": \"proc_1\"}", context).content().contains("ready"));
    }

    @Test
    void rejectsBadArguments() {
        assertTrue(tool.execute("{}", context).content().contains("'command' is required"));
        assertTrue(tool.execute("not json", context).error());
        assertTrue(tool.execute("{\"command\": \"ls\", \"timeout\": \"soon\"}", context).content().contains("number"));
    }

    @Test
    void unregisteringTheBackendMakesTheToolRefuse() {
        TerminalTool local = new TerminalTool(ToolConfigs.terminal("local", 30, 60), new CommandApprovalPolicy(home));
        TerminalBackend backend = LocalBackends.withEnvironment(Map.of("PATH", System.getenv("PATH")));
        local.addBackend(backend);
        local.removeBackend(backend);
        assertTrue(local.execute("{\"command\": \"ls\"}", context).content().contains("available: none"));
    }
}
