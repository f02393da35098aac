package dev.hermod.terminal.local.internal.tool;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.hermod.api.terminal.BackgroundProcess;
import dev.hermod.api.tool.ToolSpec;

/** What the model is told about the process tool, and how processes read. */
final class ProcessSpecs {

    private ProcessSpecs() {}

    static ToolSpec spec() {
        String description = """
                Manage background processes started by the terminal tool with background=true in this session. \
                Actions: list (all processes and their status); poll (status and the output that is new since the \
                last poll); log (buffered output by lines, newest last; offset and limit page through it); wait \
                (block until the process exits, up to timeout seconds, default %d, at most %d, then poll); kill \
                (stop it and everything it started); write (send data to its standard input; add \\n to press \
                Enter). Processes are killed when the session ends."""
                .formatted(ProcessTool.DEFAULT_WAIT_SECONDS, ProcessTool.MAX_WAIT_SECONDS);
        String parameters = """
                {"type": "object",
                 "properties": {
                   "action": {"type": "string", "enum": ["list", "poll", "log", "wait", "kill", "write"]},
                   "process_id": {"type": "string", "description": "The process id from the terminal tool, e.g. proc_1. Not needed for list."},
                   "data": {"type": "string", "description": "Text to write to the process's standard input (write)."},
                   "timeout": {"type": "integer", "minimum": 0, "description": "Seconds to wait (wait); default %d, at most %d."},
                   "offset": {"type": "integer", "minimum": 0, "description": "First line to show (log); default: the last lines."},
                   "limit": {"type": "integer", "minimum": 1, "description": "Number of lines to show (log); default 200."}
                 },
                 "required": ["action"],
                 "additionalProperties": false}"""
                .formatted(ProcessTool.DEFAULT_WAIT_SECONDS, ProcessTool.MAX_WAIT_SECONDS);
        return new ToolSpec("process", description, parameters, "terminal", false, ToolSpec.Approval.POLICY);
    }

    /** {@code proc_1: running for 12 s} or {@code proc_1: exited with code 0 after 3 s}. */
    static String status(BackgroundProcess process) {
        long seconds = Duration.between(process.startedAt(), Instant.now()).toSeconds();
        if (process.alive()) return process.id() + ": running for " + seconds + " s";
        return process.id() + ": exited with code " + process.exitCode().orElse(-1) + " (started " + seconds + " s ago)";
    }

    static String list(List<BackgroundProcess> processes) {
        if (processes.isEmpty()) return "No background processes in this session.";
        StringBuilder text = new StringBuilder();
        for (BackgroundProcess process : processes) {
            String command = process.command().replace('\n', ' ');
            if (command.length() > 120) command = command.substring(0, 117) + "...";
            text.append(status(process)).append(", ").append(process.outputLength()).append(" characters of output: ")
                    .append(command).append('\n');
        }
        return text.toString();
    }
}
