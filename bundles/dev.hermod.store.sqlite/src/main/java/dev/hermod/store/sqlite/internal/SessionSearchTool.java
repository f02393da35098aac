package dev.hermod.store.sqlite.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hermod.api.propertytypes.HermodTool;
import dev.hermod.api.session.SearchHit;
import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolContext;
import dev.hermod.api.tool.ToolResult;
import dev.hermod.api.tool.ToolSpec;

/**
 * {@code session_search}: full-text search over every past conversation, and a reader for the
 * messages around a hit. Read-only.
 */
@Component(service = Tool.class)
@HermodTool(name = "session_search", toolset = "session_search")
public final class SessionSearchTool implements Tool {

    private static final int HITS_PER_REQUESTED_SESSION = 10;

    private static final String SCHEMA = """
            {"type": "object",
             "properties": {
               "query": {"type": "string", "description": "Words (all, else any); \\"a phrase\\"; word* for a prefix."},
               "limit": {"type": "integer", "minimum": 1, "maximum": 20, "description": "Sessions to return; default 5."},
               "session_id": {"type": "string", "description": "Search only this session."},
               "around_seq": {"type": "integer", "minimum": 1, "description": "With session_id: show the messages around this #number."},
               "window": {"type": "integer", "minimum": 0, "maximum": 10, "description": "Messages before and after; default 3."}
             },
             "required": ["query"],
             "additionalProperties": false}""";

    private final TranscriptIndex index;
    /** Built on first use: the first ObjectMapper loads much of Jackson, and start-up need not wait for that. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private final ToolSpec spec = new ToolSpec("session_search", "Search the transcripts of all past sessions, and read"
            + " the messages around a match: for what was discussed before, or how a past problem was solved.",
            SCHEMA, "session_search", true, ToolSpec.Approval.NEVER);

    @Activate
    public SessionSearchTool(@Reference TranscriptIndex index) {
        this.index = index;
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public ToolResult execute(String arguments, ToolContext context) {
        SearchArguments args;
        try {
            args = SearchArguments.parse(Json.MAPPER, arguments);
        } catch (IllegalArgumentException e) {
            return ToolResult.error(e.getMessage());
        }
        if (!args.sessionId().isEmpty() && index.get(args.sessionId()).isEmpty()) {
            return ToolResult.error("No session with id '" + args.sessionId() + "'; search without session_id to find it.");
        }
        SearchReport report = new SearchReport(index::get);
        // Transcripts hold text from outside (web pages, mails, other people): it carries no authority.
        return ToolResult.untrusted(args.aroundSeq() > 0 ? around(args, report, context.sessionId())
                : search(args, report, context.sessionId()));
    }

    private String search(SearchArguments args, SearchReport report, String currentSessionId) {
        List<SearchHit> hits = index.search(args.query(), args.sessionId(), args.limit() * HITS_PER_REQUESTED_SESSION);
        return report.format(args.query(), hits, args.limit(), currentSessionId);
    }

    private String around(SearchArguments args, SearchReport report, String currentSessionId) {
        long from = Math.max(1, args.aroundSeq() - args.window());
        return TranscriptExcerpt.format(report.header(args.sessionId(), currentSessionId),
                index.messages(args.sessionId(), from, args.aroundSeq() + args.window()), args.aroundSeq());
    }
}
