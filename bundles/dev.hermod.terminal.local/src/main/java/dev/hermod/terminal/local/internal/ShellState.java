package dev.hermod.terminal.local.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The directory and environment the next command of a sandbox starts with.
 *
 * <p>A persistent shell is emulated rather than kept alive: each command runs in a fresh
 * {@code bash -c} whose EXIT trap writes {@code $PWD} and the exported variables to a state file,
 * and the next command starts from them. Compared with one long-lived bash fed through a pipe with
 * sentinels, this cannot desynchronise when a command reads stdin, never leaves a wedged shell
 * after a timeout, and needs no parsing of the output stream. What does not carry over: shell
 * functions, aliases, unexported variables and {@code set} options; a command killed by its
 * timeout, or one that replaces its trap or {@code exec}s, leaves the state unchanged.
 */
final class ShellState {

    private static final Set<String> NOT_CARRIED = Set.of("_", "SHLVL", "PWD");

    private final Path initialDirectory;
    private final Path stateFile;
    private Path directory;
    private Map<String, String> environment;

    /** @param stateFile where the trap writes the state, or {@code null} for a non-persistent sandbox */
    ShellState(Path directory, Map<String, String> environment, Path stateFile) {
        this.initialDirectory = directory;
        this.directory = directory;
        this.environment = Map.copyOf(environment);
        this.stateFile = stateFile;
    }

    boolean persistent() { return stateFile != null; }

    synchronized Path directory() { return directory; }

    synchronized Map<String, String> environment() { return environment; }

    /**
     * The directory to start in, going back to the initial one when the current directory was
     * deleted. Returns a note for the output when that happened, or {@code null}.
     */
    synchronized String ensureDirectory() {
        if (Files.isDirectory(directory) || directory.equals(initialDirectory)) return null;
        String note = "[working directory " + directory + " no longer exists; back in " + initialDirectory + "]\n";
        directory = initialDirectory;
        return note;
    }

    /** The script for {@code bash -c}: the command itself, behind the state-saving trap when persistent. */
    String script(String command) throws IOException {
        if (!persistent()) return command;
        Files.deleteIfExists(stateFile);
        return "__hermod_state=" + singleQuoted(stateFile.toString()) + "\n"
                + "__hermod_save() { local rc=$? IFS=$' \\t\\n' n; { printf '%s\\0' \"$PWD\"; "
                + "for n in $(compgen -e); do printf '%s=%s\\0' \"$n\" \"${!n}\"; done; } "
                + "> \"$__hermod_state\" 2>/dev/null; return $rc; }\n"
                + "trap __hermod_save EXIT\n"
                + command;
    }

    /**
     * Takes over what the finished command left in the state file.
     *
     * @param perCommand variables given for that command only: they do not carry over
     * @param keepDirectory true when the command ran in an explicit directory, whose {@code cd}
     *        effects should not move the sandbox
     */
    synchronized void absorb(Set<String> perCommand, boolean keepDirectory) {
        if (!persistent() || !Files.isRegularFile(stateFile)) return;
        String[] fields;
        try {
            fields = Files.readString(stateFile, StandardCharsets.UTF_8).split("\0");
            Files.deleteIfExists(stateFile);
        } catch (IOException e) {
            return; // the previous state stays in force
        }
        if (fields.length == 0 || fields[0].isEmpty()) return;
        Map<String, String> next = new HashMap<>();
        for (int i = 1; i < fields.length; i++) {
            int eq = fields[i].indexOf('=');
            if (eq > 0 && !NOT_CARRIED.contains(fields[i].substring(0, eq))) {
                next.put(fields[i].substring(0, eq), fields[i].substring(eq + 1));
            }
        }
        for (String name : perCommand) {
            if (environment.containsKey(name)) next.put(name, environment.get(name)); else next.remove(name);
        }
        environment = Map.copyOf(next);
        if (!keepDirectory) directory = Path.of(fields[0]);
    }

    static String singleQuoted(String text) { return "'" + text.replace("'", "'\\''") + "'"; }
}
