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
 * {@code memory}: adds, replaces, removes and consolidates entries of MEMORY.md and the caller's
 * USER.md; every change is archived with its reason and session. Present only while
 * the built-in memory is enabled (the target filter skips a provider configured enabled=false).
 */
@Component(service = Tool.class)
@HermodTool(name = "memory", toolset = "memory")
public final class MemoryTool implements Tool {

    private static final String DESCRIPTION = """
            Save durable facts to your persistent memory, which is shown in the system prompt of every future \
            session. target "memory" is for your own notes (environment facts, project conventions, lessons \
            learned, what worked); target "user" is for facts about the person (name, preferences, habits, how they \
            like answers; keyed preferences, expertise and answer style go to user_profile when it is offered). \
            Keep each entry one short, self-contained fact; save what will matter again, not task \
            progress. add appends an entry; replace rewrites the one entry containing old_text; remove deletes it; \
            consolidate rewrites the whole file from entries, the full new list (merge related facts, shorten, drop \
            outdated ones). Both files have a character limit: when one fills up, consolidate. Nothing is lost: every \
            change, and whatever is dropped or refused, stays in an archive that is searched for relevant past facts \
            on later turns. Give a short reason for replace, remove and consolidate. Never store secrets. Changes apply from the next session on: this session's system \
            prompt keeps its snapshot, and the tool result confirms what was saved.""";

    private static final String SCHEMA = """
            {"type": "object",
             "properties": {
               "action": {"type": "string", "enum": ["add", "replace", "remove", "consolidate"],
                          "description": "add a new entry, replace or remove one entry, or consolidate the whole file."},
               "target": {"type": "string", "enum": ["memory", "user"],
                          "description": "memory: your own notes (MEMORY.md); user: facts about the person (USER.md)."},
               "content": {"type": "string", "description": "The full text of the entry, for add and replace."},
               "old_text": {"type": "string",
                            "description": "For replace and remove: a short piece of the entry's text that no other entry contains."},
               "entries": {"type": "array", "items": {"type": "string"},
                           "description": "For consolidate: every entry the file should hold afterwards, one fact each."},
               "reason": {"type": "string", "description": "Why you make this change; kept in the archive."}
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
