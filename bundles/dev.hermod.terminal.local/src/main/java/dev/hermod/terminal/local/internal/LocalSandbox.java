package dev.hermod.terminal.local.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import dev.hermod.api.terminal.BackgroundProcess;
import dev.hermod.api.terminal.ExecRequest;
import dev.hermod.api.terminal.ExecResult;
import dev.hermod.api.terminal.Sandbox;
import dev.hermod.api.terminal.TerminalException;

/** A sandbox on the local host: commands run as this user, with a scrubbed environment. */
final class LocalSandbox implements Sandbox {

    private static final int MAX_KEPT_PROCESSES = 64;
    private static final int MAX_TRACKED_GROUPS = 256;

    private final HostShell shell;
    private final ProcessTree tree;
    private final LocalSettings settings;
    private final ShellState state;
    private final Path stateDirectory;
    private final ReentrantLock foreground = new ReentrantLock();
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final Map<String, LocalBackgroundProcess> processes = new LinkedHashMap<>();
    private final SequencedSet<Long> finishedGroups = new LinkedHashSet<>();
    private final java.util.function.Consumer<LocalSandbox> onClose;
    private boolean closed;

    /** @param onClose called once when the sandbox closes (the backend forgets it) */
    LocalSandbox(HostShell shell, LocalSettings settings, ShellState state, Path stateDirectory,
                 java.util.function.Consumer<LocalSandbox> onClose) {
        this.onClose = onClose;
        this.shell = shell;
        this.tree = new ProcessTree(shell);
        this.settings = settings;
        this.state = state;
        this.stateDirectory = stateDirectory;
    }

    @Override
    public ExecResult exec(ExecRequest request) throws TerminalException {
        foreground.lock();
        try {
            checkOpen();
            String note = state.ensureDirectory();
            Path directory = directoryFor(request);
            Process process = launch(request, directory, true);
            ExecResult result = new ForegroundRun(tree).await(process, request.stdin(), request.timeout(),
                    Math.min(request.maxOutputChars(), settings.maxOutputChars()));
            remember(process.pid());
            if (!result.timedOut()) state.absorb(request.environment().keySet(), request.workingDirectory() != null);
            return note == null ? result : new ExecResult(result.exitCode(), note + result.output(),
                    result.truncated(), result.timedOut(), result.duration());
        } finally {
            foreground.unlock();
        }
    }

    @Override
    public BackgroundProcess start(ExecRequest request) throws TerminalException {
        checkOpen();
        state.ensureDirectory();
        Process process = launch(request, directoryFor(request), false);
        String id = "proc_" + nextId.getAndIncrement();
        LocalBackgroundProcess started = new LocalBackgroundProcess(id, request.command(), process, tree,
                settings.backgroundBufferChars());
        if (request.stdin() != null && !request.stdin().isEmpty()) started.write(request.stdin());
        started.limitTo(request.timeout());
        synchronized (this) {
            if (closed) {
                started.kill();
                throw new TerminalException("the sandbox was closed while " + id + " started");
            }
            processes.put(id, started);
            prune();
        }
        return started;
    }

    @Override
    public synchronized List<BackgroundProcess> processes() { return List.copyOf(processes.values()); }

    @Override
    public synchronized Optional<BackgroundProcess> process(String id) { return Optional.ofNullable(processes.get(id)); }

    @Override
    public String workingDirectory() { return state.directory().toString(); }

    @Override
    public void close() {
        List<LocalBackgroundProcess> running;
        List<Long> groups;
        synchronized (this) {
            if (closed) return;
            closed = true;
            running = new ArrayList<>(processes.values());
            groups = new ArrayList<>(finishedGroups);
        }
        running.forEach(LocalBackgroundProcess::kill);
        tree.killLeftoverGroups(groups);
        deleteStateDirectory();
        onClose.accept(this);
    }

    private Process launch(ExecRequest request, Path directory, boolean foregroundRun) throws TerminalException {
        Map<String, String> environment = new HashMap<>(state.environment());
        environment.putAll(request.environment());
        try {
            String script = foregroundRun ? state.script(request.command()) : request.command();
            ProcessBuilder builder = new ProcessBuilder(shell.argv(script)).directory(directory.toFile())
                    .redirectErrorStream(true);
            builder.environment().clear();
            builder.environment().putAll(environment);
            return builder.start();
        } catch (IOException e) {
            throw new TerminalException("could not start " + shell.bash() + " in " + directory + ": " + e.getMessage(), e);
        }
    }

    private Path directoryFor(ExecRequest request) throws TerminalException {
        if (request.workingDirectory() == null || request.workingDirectory().isBlank()) return state.directory();
        Path directory = state.directory().resolve(request.workingDirectory()).normalize();
        if (!Files.isDirectory(directory)) {
            throw new TerminalException("the working directory " + directory + " does not exist or is not a directory");
        }
        return directory;
    }

    private synchronized void checkOpen() throws TerminalException {
        if (closed) throw new TerminalException("this sandbox is closed; open a new one");
    }

    private synchronized void remember(long group) {
        if (!shell.ownProcessGroup()) return;
        finishedGroups.add(group);
        if (finishedGroups.size() > MAX_TRACKED_GROUPS) finishedGroups.removeFirst();
    }

    /** Forgets the oldest finished processes so a long session cannot hoard output buffers. */
    private void prune() {
        var finished = processes.values().stream().filter(p -> !p.alive()).map(LocalBackgroundProcess::id).toList();
        for (int i = 0; i < finished.size() && processes.size() > MAX_KEPT_PROCESSES; i++) {
            LocalBackgroundProcess gone = processes.remove(finished.get(i));
            remember(gone.pid());
        }
    }

    private void deleteStateDirectory() {
        if (stateDirectory == null) return;
        try (var files = Files.list(stateDirectory)) {
            for (Path file : files.toList()) Files.deleteIfExists(file);
            Files.deleteIfExists(stateDirectory);
        } catch (IOException e) {
            // a temporary directory; the OS cleans it eventually
        }
    }
}
