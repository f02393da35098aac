package dev.hermod.terminal.local.internal.tool;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.hermod.api.terminal.Sandbox;
import dev.hermod.api.terminal.TerminalException;

/**
 * The sandbox of one session, shared by the terminal and process tools through
 * {@code ToolContext.sessionState}. The core closes it when the session ends (it is
 * {@link AutoCloseable}), which kills every process the session started.
 */
final class SessionSandbox implements AutoCloseable {

    /** Opens a sandbox when the session has none yet. */
    @FunctionalInterface
    interface Opener {
        Sandbox open() throws TerminalException;
    }

    private final Map<String, Long> pollCursors = new ConcurrentHashMap<>();
    private Sandbox sandbox;
    private String backend;
    private boolean closed;

    /**
     * The session's sandbox on {@code backendId}, opened on first use. When the configured backend
     * changed since, the old sandbox (and its processes) is closed first.
     */
    synchronized Sandbox open(String backendId, Opener opener) throws TerminalException {
        if (closed) throw new TerminalException("the session has ended; its sandbox is closed");
        if (sandbox != null && backendId.equals(backend)) return sandbox;
        if (sandbox != null) {
            sandbox.close();
            pollCursors.clear();
        }
        sandbox = opener.open();
        backend = backendId;
        return sandbox;
    }

    /** The sandbox, if one is open. */
    synchronized Optional<Sandbox> current() { return Optional.ofNullable(sandbox); }

    /** Where the last poll of a background process stopped (character offset). */
    long cursor(String processId) { return pollCursors.getOrDefault(processId, 0L); }

    void cursor(String processId, long offset) { pollCursors.put(processId, offset); }

    @Override
    public synchronized void close() {
        closed = true;
        if (sandbox != null) sandbox.close();
        sandbox = null;
    }
}
