package dev.hermod.tools.file.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

import dev.hermod.api.propertytypes.HermodTool;
import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolContext;
import dev.hermod.api.tool.ToolResult;
import dev.hermod.api.tool.ToolSpec;

/** {@code read_file}: a page of a text file with line numbers. */
@Component(service = Tool.class, configurationPid = "hermod.tools.file")
@Designate(ocd = FileToolsConfig.class)
@HermodTool(name = "read_file", toolset = "file")
public final class ReadFileTool extends FileTool {

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 2000;
    static final int MAX_LINE_CHARS = 2000;

    private static final ToolSpec SPEC = new ToolSpec("read_file",
            "Read a text file with line numbers ('   12|text'), one page at a time. Use offset and limit to page "
                    + "through long files; the footer tells the total line count and the next offset. Binary files "
                    + "and credential files are refused.",
            """
            {"type":"object","properties":{
              "path":{"type":"string","description":"File path, absolute or relative to the working directory"},
              "offset":{"type":"integer","minimum":1,"default":1,"description":"First line to show (1-based)"},
              "limit":{"type":"integer","minimum":1,"maximum":2000,"default":500,"description":"How many lines to show"}
            },"required":["path"]}""",
            "file", true, ToolSpec.Approval.NEVER);

    @Activate
    public ReadFileTool(FileToolsConfig config) {
        this(new FileAccessPolicy(config, userHome()));
    }

    ReadFileTool(FileAccessPolicy policy) {
        super(policy);
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    ToolResult run(ToolArguments arguments, ToolContext context) throws ToolFailure {
        Path path = policy.resolve(arguments.requiredString("path"), context, Access.READ);
        int offset = arguments.integer("offset", 1);
        int limit = Math.min(arguments.integer("limit", DEFAULT_LIMIT), MAX_LIMIT);
        if (offset < 1 || limit < 1) {
            throw new ToolFailure("offset and limit must be at least 1 (offset is the 1-based first line)");
        }
        List<String> lines = Lines.of(TextFile.load(path, policy.maxReadBytes()).text());
        if (lines.isEmpty()) {
            return ToolResult.untrusted("[" + path + ": empty file, 0 lines]");
        }
        if (offset > lines.size()) {
            throw new ToolFailure("offset " + offset + " is past the end of " + path + ", which has " + lines.size()
                    + " lines");
        }
        int last = Math.min(lines.size(), offset + limit - 1);
        StringBuilder out = new StringBuilder();
        for (int n = offset; n <= last; n++) {
            out.append(String.format(Locale.ROOT, "%5d|", n)).append(capped(lines.get(n - 1))).append('\n');
        }
        out.append('[').append(path).append(": lines ").append(offset).append('-').append(last)
                .append(" of ").append(lines.size());
        out.append(last < lines.size() ? ". Next page: read_file with offset=" + (last + 1) + "]" : "; end of file]");
        return ToolResult.untrusted(out.toString());
    }

    private static String capped(String line) {
        return line.length() <= MAX_LINE_CHARS ? line
                : line.substring(0, MAX_LINE_CHARS) + " ... [line cut: " + line.length() + " characters]";
    }
}
