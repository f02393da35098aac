package dev.hermod.terminal.local.internal;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.hermod.api.terminal.TerminalException;

/**
 * The programs the local backend runs commands with: bash, and {@code setsid} when the host has it
 * (util-linux). With setsid every command leads its own process group and session, so a timeout can
 * kill grandchildren that were re-parented, and no command can open the JVM's controlling terminal
 * and hang waiting for a password.
 *
 * @param bash the bash executable
 * @param setsid the setsid executable, or {@code null} when the host has none
 */
record HostShell(Path bash, Path setsid) {

    private static final List<String> BASH_FALLBACKS =
            List.of("/bin/bash", "/usr/bin/bash", "/usr/local/bin/bash", "/opt/homebrew/bin/bash");
    private static final List<String> SETSID_FALLBACKS = List.of("/usr/bin/setsid", "/bin/setsid");

    /**
     * Finds bash (the configured path, else PATH, else the usual places) and setsid.
     *
     * @param configuredBash an explicit bash path, or blank to search
     * @param path the PATH to search, or {@code null}
     */
    static HostShell locate(String configuredBash, String path) throws TerminalException {
        Path bash;
        if (configuredBash != null && !configuredBash.isBlank()) {
            bash = Path.of(configuredBash.trim());
            if (!Files.isExecutable(bash)) {
                throw new TerminalException("bash_path " + bash + " (PID hermod.terminal.local) is not an "
                        + "executable file: fix the path or clear it to search PATH");
            }
        } else {
            bash = find("bash", path, BASH_FALLBACKS).orElseThrow(() -> new TerminalException(
                    "bash was not found on PATH or in /bin, /usr/bin, /usr/local/bin: install bash, or set "
                            + "bash_path in etc/hermod.terminal.local.cfg"));
        }
        return new HostShell(bash, find("setsid", path, SETSID_FALLBACKS).orElse(null));
    }

    /** Whether each command gets its own process group (its pid is the group id). */
    boolean ownProcessGroup() { return setsid != null; }

    /** The argv that runs {@code script} with {@code bash -c}. */
    List<String> argv(String script) {
        List<String> argv = new ArrayList<>(4);
        if (setsid != null) argv.add(setsid.toString());
        argv.add(bash.toString());
        argv.add("-c");
        argv.add(script);
        return argv;
    }

    private static Optional<Path> find(String name, String path, List<String> fallbacks) {
        List<String> candidates = new ArrayList<>();
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isBlank()) candidates.add(dir + File.separator + name);
            }
        }
        candidates.addAll(fallbacks);
        return candidates.stream().map(Path::of)
                .filter(p -> p.isAbsolute() && Files.isRegularFile(p) && Files.isExecutable(p)).findFirst();
    }
}
