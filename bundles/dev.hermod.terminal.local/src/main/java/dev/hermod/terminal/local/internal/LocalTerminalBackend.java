package dev.hermod.terminal.local.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

import dev.hermod.api.propertytypes.HermodTerminal;
import dev.hermod.api.terminal.Sandbox;
import dev.hermod.api.terminal.SandboxSpec;
import dev.hermod.api.terminal.TerminalBackend;
import dev.hermod.api.terminal.TerminalException;

/**
 * Runs commands on this host with bash, as the user running Hermod. The child environment is the
 * host environment without anything that looks like a secret.
 */
@Component(service = TerminalBackend.class, configurationPid = "hermod.terminal.local")
@HermodTerminal(name = "local")
@Designate(ocd = LocalTerminalConfig.class)
public final class LocalTerminalBackend implements TerminalBackend {

    private static final System.Logger LOG = System.getLogger(LocalTerminalBackend.class.getName());

    private final LocalSettings settings;
    private final EnvironmentFilter filter;
    private final Supplier<Map<String, String>> hostEnvironment;
    private final HostShell shell;
    private final String missingShell;
    private final Set<LocalSandbox> open = ConcurrentHashMap.newKeySet();

    /** Activated by DS with the host's real environment. */
    @Activate
    public LocalTerminalBackend(LocalTerminalConfig config) { this(config, System::getenv); }

    /** For tests: the environment commands inherit from comes from {@code hostEnvironment}. */
    LocalTerminalBackend(LocalTerminalConfig config, Supplier<Map<String, String>> hostEnvironment) {
        this.settings = LocalSettings.of(config);
        this.filter = new EnvironmentFilter(config.env__blocklist(), config.env__passthrough());
        this.hostEnvironment = hostEnvironment;
        HostShell found = null;
        String problem = null;
        try {
            found = HostShell.locate(config.bash__path(), hostEnvironment.get().get("PATH"));
        } catch (TerminalException e) {
            problem = e.getMessage();
            LOG.log(System.Logger.Level.WARNING, "local terminal backend cannot run commands: " + problem);
        }
        this.shell = found;
        this.missingShell = problem;
    }

    @Override
    public String id() { return "local"; }

    @Override
    public Sandbox open(SandboxSpec spec) throws TerminalException {
        if (shell == null) throw new TerminalException(missingShell);
        Path directory = spec.workingDirectory().toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            throw new TerminalException("the working directory " + directory + " does not exist; create it or "
                    + "start the session elsewhere");
        }
        Map<String, String> environment = new HashMap<>(baseEnvironment());
        environment.putAll(spec.environment());
        boolean persistent = spec.persistentShell() && settings.persistentShellAllowed();
        Path stateDirectory = persistent ? stateDirectory(spec.sessionId()) : null;
        ShellState state = new ShellState(directory, environment,
                persistent ? stateDirectory.resolve("state") : null);
        LocalSandbox sandbox = new LocalSandbox(shell, settings, state, stateDirectory, open::remove);
        open.add(sandbox);
        return sandbox;
    }

    /** Closes every sandbox still open, killing their processes: nothing outlives the component. */
    @Deactivate
    void deactivate() { List.copyOf(open).forEach(LocalSandbox::close); }

    /** The host environment minus secrets: what every command of every sandbox starts from. */
    Map<String, String> baseEnvironment() { return filter.filter(hostEnvironment.get()); }

    private static Path stateDirectory(String sessionId) throws TerminalException {
        String safe = sessionId.replaceAll("[^A-Za-z0-9_-]", "_");
        try {
            // createTempDirectory makes it readable by this user only (rwx------) on POSIX systems.
            return Files.createTempDirectory("hermod-shell-" + safe.substring(0, Math.min(32, safe.length())) + "-");
        } catch (IOException e) {
            throw new TerminalException("cannot create a temporary directory for the shell state: " + e.getMessage()
                    + " (check java.io.tmpdir and free disk space)", e);
        }
    }
}
