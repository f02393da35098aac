package dev.hermod.tools.file.internal;

import java.io.IOException;
import java.nio.file.Path;


import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolContext;
import dev.hermod.api.tool.ToolResult;

/** What the file tools share: argument parsing, the access policy, and turning failures into error results. */
abstract class FileTool implements Tool {

    final FileAccessPolicy policy;

    FileTool(FileAccessPolicy policy) {
        this.policy = policy;
    }

    /** The home of the user the agent runs as: what {@code ~} means and where credential folders live. */
    static Path userHome() {
        return Path.of(System.getProperty("user.home"));
    }

    @Override
    public final ToolResult execute(String arguments, ToolContext context) {
        try {
            return run(ToolArguments.parse(arguments), context);
        } catch (ToolFailure failure) {
            return ToolResult.error(failure.getMessage());
        } catch (IOException e) {
            return ToolResult.error(spec().name() + " failed: " + e);
        }
    }

    /** Runs one validated call; a {@link ToolFailure} becomes an error result the model can act on. */
    abstract ToolResult run(ToolArguments arguments, ToolContext context) throws ToolFailure, IOException;
}
