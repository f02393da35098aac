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
                Background processes of this session (terminal with background=true): list; poll (status and new \
                output); log (lines, paged by offset and limit); wait (until exit, up to timeout s, default %d, at \
                most %d); kill (with its children); write (to stdin; end with \\n for Enter)."""
                .formatted(ProcessTool.DEFAULT_WAIT_SECONDS, ProcessTool.MAX_WAIT_SECONDS);
        String parameters = """
                {"type": "object",
                 "properties": {
                   "action": {"type": "string", "enum": ["list", "poll", "log", "wait", "kill", "write"]},
                   "process_id": {"type": "string", "description": "e.g. proc_1"},
                   "data": {"type": "string"},
                   "timeout": {"type": "integer", "minimum": 0, "description": "wait: seconds; default %d, at most %d"},
                   "offset": {"type": "integer", "minimum": 0},
                   "limit": {"type": "integer", "minimum": 1}
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
