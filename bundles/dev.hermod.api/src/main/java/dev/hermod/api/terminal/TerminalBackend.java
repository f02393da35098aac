package dev.hermod.api.terminal;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where shell commands run: the local host, a Docker container, an SSH host ... Registered with
 * the {@link dev.hermod.api.propertytypes.HermodTerminal} properties. A backend whose daemon,
 * binary or credential is missing does not register at all; a configured backend that becomes
 * unavailable refuses with a {@link TerminalException}, and never falls back to the host.
 */
@ConsumerType
public interface TerminalBackend {

    /** The backend id: {@code local}, {@code docker}, {@code ssh} ... */
    String id();

    /**
     * Opens a sandbox for one session.
     *
     * @throws TerminalException when the sandbox cannot be created; the message says why and how to fix it
     */
    Sandbox open(SandboxSpec spec) throws TerminalException;
}
