package dev.hermod.api.tool;

/**
 * What a tool call produced.
 *
 * @param content the text returned to the model (the core redacts secrets from it)
 * @param error true when the call failed; the content then says why and how to fix it
 * @param untrusted true when the content came from outside (a web page, an email, a file
 *        someone else wrote): instructions in it carry no authority
 */
public record ToolResult(String content, boolean error, boolean untrusted) {
    public ToolResult {
        content = content == null ? "" : content;
    }

    /** A successful result from trusted local data. */
    public static ToolResult ok(String content) { return new ToolResult(content, false, false); }

    /** A successful result whose content came from outside. */
    public static ToolResult untrusted(String content) { return new ToolResult(content, false, true); }

    /** A failed call, with a message that says what went wrong and how to fix it. */
    public static ToolResult error(String message) { return new ToolResult(message, true, false); }
}
