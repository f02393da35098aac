package dev.hermod.terminal.local.internal.tool;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import dev.hermod.api.propertytypes.HermodTool;
import dev.hermod.api.terminal.BackgroundProcess;
import dev.hermod.api.terminal.Sandbox;
import dev.hermod.api.terminal.TerminalException;
import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolContext;
import dev.hermod.api.tool.ToolResult;
import dev.hermod.api.tool.ToolSpec;
import dev.hermod.terminal.local.internal.policy.CommandApprovalPolicy;

/** The {@code process} tool: looks after the background processes the terminal tool started in this session. */
@Component(service = Tool.class)
@HermodTool(name = "process", toolset = "terminal")
public final class ProcessTool implements Tool {

    static final int MAX_WAIT_SECONDS = 300;
    static final int DEFAULT_WAIT_SECONDS = 30;

    private final CommandGate gate;

    @Activate
    public ProcessTool() { this(new CommandApprovalPolicy(Path.of(System.getProperty("user.home")))); }

    ProcessTool(CommandApprovalPolicy policy) { this.gate = new CommandGate(policy); }

    @Override
    public ToolSpec spec() { return ProcessSpecs.spec(); }

    @Override
    public ToolResult execute(String arguments, ToolContext context) {
        try {
            Arguments args = Arguments.parse(arguments);
            String action = args.requiredText("action").trim().toLowerCase(java.util.Locale.ROOT);
            SessionSandbox session = context.sessionState(SessionSandbox.class, SessionSandbox::new);
            Optional<Sandbox> sandbox = session.current();
            if (action.equals("list")) return ToolResult.ok(ProcessSpecs.list(sandbox.map(Sandbox::processes).orElse(List.of())));
            if (!List.of("poll", "log", "wait", "kill", "write").contains(action)) {
                throw new IllegalArgumentException("unknown action '" + action + "'; use list, poll, log, wait, kill or write");
            }
            BackgroundProcess process = find(sandbox, args);
            ProcessActions actions = new ProcessActions(session, process);
            return switch (action) {
                case "poll" -> ToolResult.untrusted(actions.poll());
                case "log" -> ToolResult.untrusted(actions.log(args.integer("offset"), args.integer("limit")));
                case "wait" -> ToolResult.untrusted(actions.await(waitTime(args), context));
                case "kill" -> ToolResult.ok(actions.kill());
                default -> write(process, args, sandbox.orElseThrow(), context);
            };
        } catch (IllegalArgumentException e) {
            return ToolResult.error("Invalid process call: " + e.getMessage() + ".");
        } catch (TerminalException e) {
            return ToolResult.error(e.getMessage());
        }
    }

    private ToolResult write(BackgroundProcess process, Arguments args, Sandbox sandbox, ToolContext context)
            throws TerminalException {
        String data = args.text("data").orElseThrow(() -> new IllegalArgumentException("'data' is required for write"));
        // The process may be a shell reading commands: what is written is checked like a command.
        String refusal = gate.check("process", data, Path.of(sandbox.workingDirectory()), context);
        if (refusal != null) return ToolResult.error(refusal);
        process.write(data);
        return ToolResult.ok("Wrote " + data.length() + " characters to the input of " + process.id()
                + (data.endsWith("\n") ? "." : " (no trailing newline: add \\n to press Enter)."));
    }

    private static BackgroundProcess find(Optional<Sandbox> sandbox, Arguments args) {
        String id = args.text("process_id").or(() -> args.text("session_id")).map(String::trim).filter(s -> !s.isEmpty())
                .orElseThrow(() -> new IllegalArgumentException("'process_id' is required (for example proc_1)"));
        if (sandbox.isEmpty()) {
            throw new IllegalArgumentException("there are no background processes in this session; start one with the "
                    + "terminal tool and background=true");
        }
        return sandbox.get().process(id).orElseThrow(() -> new IllegalArgumentException("no process '" + id
                + "' in this session; known: " + String.join(", ", sandbox.get().processes().stream()
                .map(BackgroundProcess::id).toList())));
    }

    private static Duration waitTime(Arguments args) {
        int seconds = args.integer("timeout").orElse(DEFAULT_WAIT_SECONDS);
        if (seconds < 0) throw new IllegalArgumentException("'timeout' must not be negative");
        return Duration.ofSeconds(Math.min(seconds, MAX_WAIT_SECONDS));
    }
}
