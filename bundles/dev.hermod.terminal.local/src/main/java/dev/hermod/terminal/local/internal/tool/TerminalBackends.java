package dev.hermod.terminal.local.internal.tool;

import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import dev.hermod.api.terminal.TerminalBackend;
import dev.hermod.api.terminal.TerminalException;

/** The terminal backends currently registered, by id. Thread-safe. */
final class TerminalBackends {

    private final Map<String, TerminalBackend> byId = new ConcurrentHashMap<>();

    void add(TerminalBackend backend) { byId.put(backend.id(), backend); }

    void remove(TerminalBackend backend) { byId.remove(backend.id(), backend); }

    /**
     * The backend with this id.
     *
     * @throws TerminalException when it is not available; the message names the ones that are
     */
    TerminalBackend get(String id) throws TerminalException {
        TerminalBackend backend = byId.get(id);
        if (backend != null) return backend;
        String available = byId.isEmpty() ? "none" : String.join(", ", new TreeSet<>(byId.keySet()));
        throw new TerminalException("The terminal backend '" + id + "' is configured (backend in "
                + "etc/hermod.tools.terminal.cfg) but is not available (available: " + available + "). Install and "
                + "configure that backend, or change the setting; commands are never run elsewhere instead.");
    }
}
