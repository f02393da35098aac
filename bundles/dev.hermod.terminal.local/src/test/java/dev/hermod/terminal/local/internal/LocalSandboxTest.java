package dev.hermod.terminal.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.terminal.BackgroundProcess;
import dev.hermod.api.terminal.ExecRequest;
import dev.hermod.api.terminal.ExecResult;
import dev.hermod.api.terminal.Sandbox;
import dev.hermod.api.terminal.SandboxSpec;
import dev.hermod.api.terminal.TerminalException;

class LocalSandboxTest {

    private static final Map<String, String> HOST = Map.of("PATH", System.getenv("PATH"), "LANG", "C.UTF-8",
            "OPENAI_API_KEY", "sk-test-not-for-children", "HOME", System.getProperty("user.home"));

    @TempDir
    Path dir;
    private Sandbox sandbox;

    private Sandbox open(LocalTerminalConfig config, boolean persistent) throws TerminalException {
        sandbox = new LocalTerminalBackend(config, () -> HOST).open(new SandboxSpec("cli/local", dir, Map.of(), persistent));
        return sandbox;
    }

    private Sandbox open() throws TerminalException { return open(TestConfigs.local(), true); }

    private static ExecRequest request(String command, int timeoutSeconds) {
        return new ExecRequest(command, null, Duration.ofSeconds(timeoutSeconds), null, Map.of(), 50_000);
    }

    @AfterEach
    void close() {
        if (sandbox != null) sandbox.close();
    }

    @Test
    void returnsInterleavedOutputAndExitCode() throws Exception {
        ExecResult result = open().exec(request("echo out; echo err >&2; echo again; exit 3", 10));
        assertEquals("out\nerr\nagain\n", result.output());
        assertEquals(3, result.exitCode());
        assertFalse(result.timedOut());
    }

    @Test
    void feedsStdinAndClosesItOtherwise() throws Exception {
        Sandbox box = open();
        ExecResult upper = box.exec(new ExecRequest("tr a-z A-Z", null, Duration.ofSeconds(10), "hello\n", Map.of(), 1000));
        assertEquals("HELLO\n", upper.output());
        ExecResult cat = box.exec(request("cat; echo eof", 10));
        assertEquals("eof\n", cat.output(), "a command reading stdin gets end-of-file instead of hanging");
    }

    @Test
    void timeoutKillsTheWholeProcessTree() throws Exception {
        ExecResult result = open().exec(request("sleep 100 & echo \"pid $!\"; (sleep 100 & echo \"pid $!\"); "
                + "sh -c 'echo \"pid $$\"; exec sleep 100'", 1));
        assertTrue(result.timedOut());
        assertEquals(-1, result.exitCode());
        List<Long> pids = pids(result.output());
        assertEquals(3, pids.size(), result.output());
        for (long pid : pids) Eventually.await("process " + pid + " is dead", Duration.ofSeconds(5), () -> dead(pid));
    }

    @Test
    void capsOutputKeepingHeadAndTail() throws Exception {
        ExecResult result = open().exec(new ExecRequest("seq 1 100000", null, Duration.ofSeconds(20), null, Map.of(), 1000));
        assertTrue(result.truncated());
        assertTrue(result.output().startsWith("1\n2\n3\n"), result.output());
        assertTrue(result.output().endsWith("99999\n100000\n"), result.output());
        assertTrue(result.output().contains("characters cut from the middle"));
        assertTrue(result.output().length() < 1200);
    }

    @Test
    void backendCapWinsOverALargerRequest() throws Exception {
        Sandbox box = open(TestConfigs.local(200, true, new String[0], new String[0]), true);
        ExecResult result = box.exec(request("seq 1 10000", 20));
        assertTrue(result.truncated());
        assertTrue(result.output().length() < 400, result.output());
    }

    @Test
    void childrenNeverSeeSecrets() throws Exception {
        ExecResult result = open().exec(request("env", 10));
        assertFalse(result.output().contains("OPENAI_API_KEY"), result.output());
        assertFalse(result.output().contains("sk-test-not-for-children"));
        assertTrue(result.output().contains("LANG=C.UTF-8"));
    }

    @Test
    void perCommandVariablesDoNotCarryOver() throws Exception {
        Sandbox box = open();
        ExecResult first = box.exec(new ExecRequest("echo $FOO", null, Duration.ofSeconds(10), null, Map.of("FOO", "bar"), 1000));
        assertEquals("bar\n", first.output());
        assertEquals("unset\n", box.exec(request("echo ${FOO:-unset}", 10)).output());
    }

    @Test
    void persistentShellKeepsCdAndExport() throws Exception {
        Files.createDirectory(dir.resolve("sub dir"));
        Sandbox box = open();
        assertEquals(0, box.exec(request("cd 'sub dir' && export GREETING='hi there' && unset LANG", 10)).exitCode());
        assertEquals(dir.resolve("sub dir").toRealPath() + "\nhi there\nnone\n",
                box.exec(request("pwd -P; echo \"$GREETING\"; echo ${LANG:-none}", 10)).output());
        assertEquals(dir.resolve("sub dir").toRealPath(), Path.of(box.workingDirectory()).toRealPath());
    }

    @Test
    void aFailingCommandStillKeepsItsCd() throws Exception {
        Files.createDirectory(dir.resolve("a"));
        Sandbox box = open();
        assertEquals(1, box.exec(request("cd a; false", 10)).exitCode());
        assertTrue(box.exec(request("pwd", 10)).output().trim().endsWith("/a"));
    }

    @Test
    void nonPersistentSandboxForgets() throws Exception {
        Files.createDirectory(dir.resolve("sub"));
        Sandbox box = open(TestConfigs.local(), false);
        box.exec(request("cd sub; export X=1", 10));
        ExecResult result = box.exec(request("pwd -P; echo ${X:-unset}", 10));
        assertEquals(dir.toRealPath() + "\nunset\n", result.output());
    }

    @Test
    void workingDirectoryOfOneCommandDoesNotMoveTheSandbox() throws Exception {
        Files.createDirectory(dir.resolve("other"));
        Sandbox box = open();
        ExecResult there = box.exec(new ExecRequest("pwd -P", "other", Duration.ofSeconds(10), null, Map.of(), 1000));
        assertEquals(dir.resolve("other").toRealPath() + "\n", there.output());
        assertEquals(dir.toRealPath() + "\n", box.exec(request("pwd -P", 10)).output());
        assertThrows(TerminalException.class,
                () -> box.exec(new ExecRequest("pwd", "missing", Duration.ofSeconds(10), null, Map.of(), 1000)));
    }

    @Test
    void backgroundProcessTakesInputAndReportsNewOutput() throws Exception {
        Sandbox box = open();
        BackgroundProcess process = box.start(request("while read -r line; do echo \"got $line\"; done; echo bye", 60));
        assertEquals("proc_1", process.id());
        process.write("one\n");
        Eventually.await("the echo of one", Duration.ofSeconds(5), () -> process.output(1000).contains("got one"));
        long mark = process.outputLength();
        process.write("two\n");
        Eventually.await("the echo of two", Duration.ofSeconds(5), () -> process.outputSince(mark).contains("got two"));
        assertEquals("got two\n", process.outputSince(mark));
        assertTrue(process.alive());
        assertTrue(process.exitCode().isEmpty());
        process.kill();
        assertFalse(process.alive());
        assertTrue(process.exitCode().isPresent());
        assertEquals(List.of("proc_1"), box.processes().stream().map(BackgroundProcess::id).toList());
        assertEquals("proc_2", box.start(request("true", 10)).id());
        assertThrows(TerminalException.class, () -> process.write("three\n"));
    }

    @Test
    void waitForReturnsOnceTheProcessFinished() throws Exception {
        Sandbox box = open();
        BackgroundProcess process = box.start(request("sleep 0.2; echo done; exit 4", 60));
        assertTrue(process.waitFor(Duration.ofSeconds(10)));
        assertEquals(4, process.exitCode().orElseThrow());
        assertEquals("done\n", process.output(100));
        assertFalse(box.start(request("sleep 5", 60)).waitFor(Duration.ofMillis(100)));
    }

    @Test
    void closeKillsEveryProcessItStarted() throws Exception {
        Sandbox box = open();
        BackgroundProcess server = box.start(request("echo \"pid $$\"; sleep 100 & echo \"pid $!\"; wait", 600));
        ExecResult leftover = box.exec(request("(sleep 100 & echo \"pid $!\")", 10));
        Eventually.await("the server printed its pids", Duration.ofSeconds(5), () -> pids(server.output(1000)).size() == 2);
        List<Long> pids = new java.util.ArrayList<>(pids(server.output(1000)));
        pids.addAll(pids(leftover.output()));
        box.close();
        box.close();
        for (long pid : pids) Eventually.await("process " + pid + " is dead", Duration.ofSeconds(5), () -> dead(pid));
        assertThrows(TerminalException.class, () -> box.exec(request("true", 10)));
    }

    @Test
    void deactivatingTheBackendClosesItsSandboxes() throws Exception {
        LocalTerminalBackend backend = new LocalTerminalBackend(TestConfigs.local(), () -> HOST);
        Sandbox box = backend.open(new SandboxSpec("s", dir, Map.of(), true));
        BackgroundProcess process = box.start(request("sleep 100", 600));
        backend.deactivate();
        assertFalse(process.alive());
        assertThrows(TerminalException.class, () -> box.exec(request("true", 10)));
    }

    @Test
    void missingBashIsAClearError() {
        LocalTerminalConfig config = TestConfigs.local(1000, true, new String[0], new String[0], "/nonexistent/bash");
        TerminalException error = assertThrows(TerminalException.class,
                () -> new LocalTerminalBackend(config, () -> HOST).open(new SandboxSpec("s", dir, Map.of(), true)));
        assertTrue(error.getMessage().contains("bash_path"), error.getMessage());
    }

    private static List<Long> pids(String output) {
        Matcher matcher = Pattern.compile("pid (\\d+)").matcher(output);
        List<Long> pids = new java.util.ArrayList<>();
        while (matcher.find()) pids.add(Long.parseLong(matcher.group(1)));
        return pids;
    }

    /** Gone, or a zombie waiting for a parent (possibly a PID 1 that does not reap quickly). */
    private static boolean dead(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) return true;
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException e) {
            return true;
        }
    }
}
