package dev.hermod.terminal.local.internal.tool;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import dev.hermod.api.propertytypes.HermodTool;
import dev.hermod.api.terminal.BackgroundProcess;
import dev.hermod.api.terminal.ExecRequest;
import dev.hermod.api.terminal.ExecResult;
import dev.hermod.api.terminal.Sandbox;
import dev.hermod.api.terminal.SandboxSpec;
import dev.hermod.api.terminal.TerminalBackend;
import dev.hermod.api.terminal.TerminalException;
import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolContext;
import dev.hermod.api.tool.ToolResult;
import dev.hermod.api.tool.ToolSpec;
import dev.hermod.terminal.local.internal.policy.CommandApprovalPolicy;

/** The {@code terminal} tool: runs a shell command in the session's sandbox, after approval when it is risky. */
@Component(service = Tool.class, configurationPid = "hermod.tools.terminal")
@HermodTool(name = "terminal", toolset = "terminal")
@Designate(ocd = TerminalToolConfig.class)
public final class TerminalTool implements Tool {

    private final TerminalToolConfig config;
    private final CommandGate gate;
    private final TerminalBackends backends = new TerminalBackends();

    @Activate
    public TerminalTool(TerminalToolConfig config) {
        this(config, new CommandApprovalPolicy(Path.of(System.getProperty("user.home"))));
    }

    TerminalTool(TerminalToolConfig config, CommandApprovalPolicy policy) {
        this.config = config;
        this.gate = new CommandGate(policy);
    }

    @Reference(service = TerminalBackend.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "removeBackend")
    void addBackend(TerminalBackend backend) { backends.add(backend); }

    void removeBackend(TerminalBackend backend) { backends.remove(backend); }

    @Override
    public ToolSpec spec() { return TerminalSpecs.terminal(config); }

    @Override
    public ToolResult execute(String arguments, ToolContext context) {
        Arguments args;
        String command;
        try {
            args = Arguments.parse(arguments);
            command = args.requiredText("command");
        } catch (IllegalArgumentException e) {
            return ToolResult.error("Invalid terminal call: " + e.getMessage() + ".");
        }
        SessionSandbox session = context.sessionState(SessionSandbox.class, SessionSandbox::new);
        try {
            boolean background = args.bool("background", false);
            String workdir = args.text("workdir").filter(w -> !w.isBlank()).orElse(null);
            Path cwd = session.current().map(s -> Path.of(s.workingDirectory())).orElse(context.workingDirectory());
            String refusal = gate.check("terminal", command, workdir == null ? cwd : cwd.resolve(workdir), context);
            if (refusal != null) return ToolResult.error(refusal);
            Sandbox sandbox = open(session, context);
            return background ? start(sandbox, command, workdir, args) : run(sandbox, command, workdir, args, context);
        } catch (IllegalArgumentException e) {
            return ToolResult.error("Invalid terminal call: " + e.getMessage() + ".");
        } catch (TerminalException e) {
            return ToolResult.error(e.getMessage());
        }
    }

    private Sandbox open(SessionSandbox session, ToolContext context) throws TerminalException {
        String backendId = config.backend();
        TerminalBackend backend = backends.get(backendId);
        return session.open(backendId, () -> backend.open(new SandboxSpec(context.sessionId(),
                context.workingDirectory(), Map.of(), config.persistent__shell())));
    }

    private ToolResult run(Sandbox sandbox, String command, String workdir, Arguments args, ToolContext context)
            throws TerminalException {
        int max = Math.max(1, config.max__timeout__seconds());
        int asked = args.integer("timeout").orElse(config.default__timeout__seconds());
        if (asked < 1) throw new IllegalArgumentException("'timeout' must be at least 1 second");
        int seconds = Math.min(asked, max);
        ExecRequest request = new ExecRequest(command, workdir, Duration.ofSeconds(seconds), null, Map.of(),
                config.max__output__chars());
        ExecResult result;
        CancellationWatch watch = CancellationWatch.start(context);
        try {
            result = sandbox.exec(request);
        } finally {
            watch.close();
        }
        return ToolResult.untrusted(TerminalSpecs.describe(result, seconds, asked > max ? max : 0, config.max__output__chars()));
    }

    private ToolResult start(Sandbox sandbox, String command, String workdir, Arguments args) throws TerminalException {
        int limit = args.integer("timeout").orElse(config.max__background__seconds());
        if (limit < 1) throw new IllegalArgumentException("'timeout' must be at least 1 second");
        BackgroundProcess process = sandbox.start(new ExecRequest(command, workdir,
                Duration.ofSeconds(Math.min(limit, config.max__background__seconds())), null, Map.of(),
                config.max__output__chars()));
        return ToolResult.ok("Started " + process.id() + " in the background: " + command + "\n"
                + "It keeps running after this call. Check on it with the process tool: "
                + "{\"action\": \"poll\", \"process_id\": \"" + process.id() + "\"} for its status and new output, "
                + "\"wait\" to wait for it to finish, \"log\" for recent output, \"write\" to send input, "
                + "\"kill\" to stop it.");
    }
}
