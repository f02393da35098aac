package dev.hermod.tools.file.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import dev.hermod.api.propertytypes.HermodTool;
import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolContext;
import dev.hermod.api.tool.ToolResult;
import dev.hermod.api.tool.ToolSpec;

/** {@code patch}: exact find-and-replace in one file, answered with a unified diff of the change. */
@Component(service = Tool.class, configurationPid = "hermod.tools.file")
@HermodTool(name = "patch", toolset = "file")
public final class PatchTool extends FileTool {

    private static final int LISTED_MATCHES = 10;

    private static final ToolSpec SPEC = new ToolSpec("patch",
            "Replace old_string with new_string in a file. old_string must match the file exactly (indentation "
                    + "and line breaks included) and occur exactly once, unless replace_all is true. Returns a "
                    + "unified diff of the change.",
            """
            {"type":"object","properties":{
              "path":{"type":"string","description":"File path, absolute or relative to the working directory"},
              "old_string":{"type":"string","description":"The exact text to replace"},
              "new_string":{"type":"string","description":"The replacement text"},
              "replace_all":{"type":"boolean","default":false,"description":"Replace every occurrence"}
            },"required":["path","old_string","new_string"]}""",
            "file", false, ToolSpec.Approval.NEVER);

    @Activate
    public PatchTool(FileToolsConfig config) {
        this(new FileAccessPolicy(config, userHome()));
    }

    PatchTool(FileAccessPolicy policy) {
        super(policy);
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    ToolResult run(ToolArguments arguments, ToolContext context) throws ToolFailure, IOException {
        Path path = policy.resolve(arguments.requiredString("path"), context, Access.WRITE);
        String oldString = arguments.requiredString("old_string");
        String newString = arguments.requiredString("new_string");
        boolean replaceAll = arguments.flag("replace_all", false);
        if (oldString.isEmpty()) {
            throw new ToolFailure("old_string is empty; give the exact text to replace (use write_file for a new file)");
        }
        if (oldString.equals(newString)) {
            throw new ToolFailure("old_string and new_string are identical; there is nothing to change");
        }
        String before = TextFile.load(path, policy.maxReadBytes()).text();
        if (before.contains("\r\n") && !oldString.contains("\r\n") && indexes(before, oldString).isEmpty()) {
            // The model writes "\n"; the file uses Windows line endings.
            oldString = oldString.replace("\n", "\r\n");
            newString = newString.replace("\n", "\r\n");
        }
        List<Integer> matches = indexes(before, oldString);
        check(path, before, matches, replaceAll);
        String after = replaceAll ? before.replace(oldString, newString)
                : before.substring(0, matches.get(0)) + newString + before.substring(matches.get(0) + oldString.length());
        AtomicWriter.write(path, after.getBytes(StandardCharsets.UTF_8));
        int count = replaceAll ? matches.size() : 1;
        return ToolResult.ok("Patched " + path + ": " + count + (count == 1 ? " replacement.\n" : " replacements.\n")
                + UnifiedDiff.of(path.toString(), before, after));
    }

    private static void check(Path path, String text, List<Integer> matches, boolean replaceAll) throws ToolFailure {
        if (matches.isEmpty()) {
            throw new ToolFailure("old_string was not found in " + path + ". It must match the file exactly, "
                    + "including indentation and line breaks: read_file the region again and copy the text.");
        }
        if (matches.size() > 1 && !replaceAll) {
            String lines = matches.stream().limit(LISTED_MATCHES).map(i -> Integer.toString(lineOf(text, i)))
                    .collect(Collectors.joining(", "));
            throw new ToolFailure("old_string occurs " + matches.size() + " times in " + path + " (at lines " + lines
                    + (matches.size() > LISTED_MATCHES ? ", ..." : "") + "); include more surrounding lines so it "
                    + "matches exactly once, or set replace_all=true to replace every occurrence.");
        }
    }

    /** Start offsets of the non-overlapping occurrences of {@code needle}, left to right. */
    private static List<Integer> indexes(String text, String needle) {
        List<Integer> found = new ArrayList<>();
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            found.add(i);
        }
        return found;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
