package dev.hermod.api.tool;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A tool the model can call. Plugins register it as a service, with the
 * {@link dev.hermod.api.propertytypes.HermodTool} properties; the core's tool registry tracks
 * them (whiteboard) and a session snapshots the set when it starts.
 *
 * <p>{@link #execute} is called on a virtual thread and may block; it must honour
 * {@link ToolContext#cancelled()} in long work. Implementations are thread-safe.
 */
@ConsumerType
public interface Tool {

    /** The tool's name, schema, toolset, parallel safety and approval rule; constant for the service's life. */
    ToolSpec spec();

    /**
     * Runs one call.
     *
     * @param arguments the arguments as a JSON object text, as the model sent them (validate them)
     * @param context the session, approver and environment of the call
     * @return the result; a failure the model should see and correct is a result with
     *         {@link ToolResult#error()} set, not an exception
     * @throws Exception for an unexpected fault; the core reports it to the model as an error result
     */
    ToolResult execute(String arguments, ToolContext context) throws Exception;
}
