package dev.hermod.terminal.local.internal.tool;

import dev.hermod.api.terminal.ExecResult;
import dev.hermod.api.tool.ToolSpec;

/** What the model is told about the terminal tool, and how a result reads. */
final class TerminalSpecs {

    private TerminalSpecs() {}

    static ToolSpec terminal(TerminalToolConfig config) {
        String description = """
                Run a bash command; returns output and exit code. cd and export persist between calls. Stdin is \
                closed: use non-interactive flags, no editors or pagers. Output over %d characters is cut in the \
                middle. Timeout default %d s, at most %d s; for servers and long jobs set background=true and use the \
                process tool. Risky commands need the user's approval; if refused, do not retry."""
                .formatted(config.max__output__chars(), config.default__timeout__seconds(), config.max__timeout__seconds());
        String parameters = """
                {"type": "object",
                 "properties": {
                   "command": {"type": "string"},
                   "background": {"type": "boolean", "description": "Return at once with a process id."},
                   "timeout": {"type": "integer", "minimum": 1, "description": "Seconds; default %d, at most %d."},
                   "workdir": {"type": "string", "description": "Directory for this command only."}
                 },
                 "required": ["command"],
                 "additionalProperties": false}"""
                .formatted(config.default__timeout__seconds(), config.max__timeout__seconds());
        return new ToolSpec("terminal", description, parameters, "terminal", false, ToolSpec.Approval.POLICY);
    }

    /** The text the model gets for a finished foreground command. */
    static String describe(ExecResult result, int timeoutSeconds, int cappedTo, int maxChars) {
        StringBuilder text = new StringBuilder(result.output().isEmpty() ? "(no output)" : result.output());
        if (text.charAt(text.length() - 1) != '\n') text.append('\n');
        if (result.timedOut()) {
            text.append("[timed out after ").append(timeoutSeconds)
                    .append(" s: the command and everything it started were killed; use background=true for long jobs]\n");
        } else {
            text.append("[exit code ").append(result.exitCode()).append("]\n");
        }
        if (result.truncated()) {
            text.append("[output truncated: only the first and last ").append(maxChars / 2)
                    .append(" characters or so are shown; redirect to a file and search it for the rest]\n");
        }
        if (cappedTo > 0) text.append("[the requested timeout was capped at ").append(cappedTo).append(" s]\n");
        return text.toString();
    }
}
