package dev.hermod.terminal.local.internal.tool;

import dev.hermod.api.terminal.ExecResult;
import dev.hermod.api.tool.ToolSpec;

/** What the model is told about the terminal tool, and how a result reads. */
final class TerminalSpecs {

    private TerminalSpecs() {}

    static ToolSpec terminal(TerminalToolConfig config) {
        String description = """
                Run a bash command on the session's terminal backend and return its output (stdout and stderr \
                interleaved) and exit code. The working directory and exported variables carry over between calls \
                (cd and export persist). Standard input is closed: use non-interactive flags (apt-get -y, \
                git --no-pager, npm --yes) and never start editors or pagers. Output beyond %d characters is cut \
                from the middle. Foreground commands are killed after the timeout (default %d s, at most %d s). \
                For servers, watchers and long builds set background=true: the call returns a process id at once \
                and the process tool polls, waits for, writes to or kills it. Destructive or risky commands \
                (recursive deletes outside the working directory, sudo, piping downloads into a shell, force \
                pushes ...) are shown to the user for approval first; if refused, do not retry them."""
                .formatted(config.max__output__chars(), config.default__timeout__seconds(), config.max__timeout__seconds());
        String parameters = """
                {"type": "object",
                 "properties": {
                   "command": {"type": "string", "description": "The bash command line to run."},
                   "background": {"type": "boolean", "default": false,
                     "description": "Start it in the background and return at once with a process id."},
                   "timeout": {"type": "integer", "minimum": 1,
                     "description": "Seconds before the command and everything it started are killed. Foreground default %d, at most %d."},
                   "workdir": {"type": "string",
                     "description": "Directory for this command only: absolute, or relative to the current directory."}
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
