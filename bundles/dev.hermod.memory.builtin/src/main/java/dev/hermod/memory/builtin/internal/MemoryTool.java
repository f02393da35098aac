package dev.hermod.memory.builtin.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.propertytypes.HermodTool;
import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolContext;
import dev.hermod.api.tool.ToolResult;
import dev.hermod.api.tool.ToolSpec;

/**
 * {@code memory}: adds, replaces, removes and consolidates entries of the caller's MEMORY.md (a
 * gateway user's own unless {@code shared_agent_notes}) and USER.md; every change is archived with its reason and session. Present only while
 * the built-in memory is enabled (the target filter skips a provider configured enabled=false).
 */
@Component(service = Tool.class)
@HermodTool(name = "memory", toolset = "memory")
public final class MemoryTool implements Tool {

    private static final String DESCRIPTION = """
            Save durable facts; they are shown in the system prompt of later sessions. target memory: your own \
            notes (environment, conventions, lessons); target user: facts about the person. One short fact per \
            entry; no task progress, no secrets. add; replace or remove the entry containing old_text; consolidate \
            rewrites the file from entries when it nears its limit. Every change is archived and searchable.""";

    private static final String SCHEMA = """
            {"type": "object",
             "properties": {
               "action": {"type": "string", "enum": ["add", "replace", "remove", "consolidate"]},
               "target": {"type": "string", "enum": ["memory", "user"]},
               "content": {"type": "string", "description": "The entry, for add and replace."},
               "old_text": {"type": "string", "description": "replace/remove: text only that entry contains."},
               "entries": {"type": "array", "items": {"type": "string"}, "description": "consolidate: every entry to keep."},
               "reason": {"type": "string"}
             },
             "required": ["action", "target"],
             "additionalProperties": false}""";

    private final MemoryBook book;
    /** Built on first use: the first ObjectMapper loads much of Jackson, and start-up need not wait for that. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private final ToolSpec spec = new ToolSpec("memory", DESCRIPTION, SCHEMA, "memory", false, ToolSpec.Approval.NEVER);

    @Activate
    public MemoryTool(@Reference(target = "(!(enabled=false))") MemoryBook book) {
        this.book = book;
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public ToolResult execute(String arguments, ToolContext context) {
        MemoryArguments args;
        try {
            args = MemoryArguments.parse(Json.MAPPER, arguments);
        } catch (IllegalArgumentException e) {
            return ToolResult.error(e.getMessage());
        }
        MemoryContext memoryContext = new MemoryContext(context.sessionId(), context.sessionKey(), context.platform(),
                context.userId(), context.role());
        WriteReport report = book.write(args.target(), args.edit(), args.reason(), memoryContext);
        return report.refused() ? ToolResult.error(report.message()) : ToolResult.ok(report.message());
    }
}
