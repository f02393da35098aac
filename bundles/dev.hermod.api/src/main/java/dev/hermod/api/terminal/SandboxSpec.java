package dev.hermod.api.terminal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How to open a sandbox.
 *
 * @param sessionId the session it serves (for naming and cleanup)
 * @param workingDirectory the initial working directory
 * @param environment variables to set in every command, on top of the backend's base
 *        environment (which never contains the model providers' keys)
 * @param persistentShell true to keep one shell process for the sandbox's life, so that
 *        {@code cd} and {@code export} carry over between commands
 */
public record SandboxSpec(String sessionId, Path workingDirectory, Map<String, String> environment,
                          boolean persistentShell) {
    public SandboxSpec {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }
}
