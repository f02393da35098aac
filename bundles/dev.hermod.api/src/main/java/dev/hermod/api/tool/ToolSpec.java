package dev.hermod.api.tool;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the model is told about a tool, plus how the runtime must treat it.
 *
 * @param name the tool name the model calls ({@code terminal}, {@code read_file} ...); matches
 *        {@code [a-zA-Z0-9_-]{1,64}}
 * @param description what the tool does, for the model
 * @param parameters the JSON Schema of the arguments object, as JSON text
 * @param toolset the group the tool belongs to ({@code terminal}, {@code file}, {@code memory} ...)
 * @param readOnly true when the tool changes nothing, so calls may run in parallel with each other
 * @param approval when a call needs a person's approval before it runs
 */
public record ToolSpec(String name, String description, String parameters, String toolset,
                       boolean readOnly, Approval approval) {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

    /** When a tool call needs approval. */
    public enum Approval {
        /** Never asks; the tool enforces its own limits. */
        NEVER,
        /** The tool decides per call (through {@link ToolContext#approve}), for example for dangerous commands. */
        POLICY,
        /** Every call is approved by a person first. */
        ALWAYS
    }

    public ToolSpec {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("invalid tool name: " + name);
        description = description == null ? "" : description;
        parameters = parameters == null || parameters.isBlank() ? "{\"type\":\"object\",\"properties\":{}}" : parameters;
        toolset = toolset == null || toolset.isBlank() ? "core" : toolset;
        approval = approval == null ? Approval.NEVER : approval;
    }
}
