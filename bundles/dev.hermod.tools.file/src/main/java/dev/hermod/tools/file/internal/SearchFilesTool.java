package dev.hermod.tools.file.internal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import dev.hermod.api.propertytypes.HermodTool;
import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolContext;
import dev.hermod.api.tool.ToolResult;
import dev.hermod.api.tool.ToolSpec;

/** {@code search_files}: regular-expression search in file contents, or a file-name glob search. */
@Component(service = Tool.class, configurationPid = "hermod.tools.file")
@HermodTool(name = "search_files", toolset = "file")
public final class SearchFilesTool extends FileTool {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;
    static final int MAX_CONTEXT = 10;

    private static final ToolSpec SPEC = new ToolSpec("search_files",
            "Search files below a folder. target=content: pattern is a Java regex per line ((?i) ignores case); "
                    + "hits read 'path:line: text'. target=files: pattern is a name glob ('*.java', 'src/**/Test*.py'). "
                    + "Skips .git, node_modules, target, binary and credential files.",
            """
            {"type":"object","properties":{
              "pattern":{"type":"string"},
              "target":{"type":"string","enum":["content","files"]},
              "path":{"type":"string","description":"Default: the working directory"},
              "file_glob":{"type":"string","description":"e.g. *.java"},
              "limit":{"type":"integer","minimum":1,"maximum":1000,"description":"Default 50"},
              "context":{"type":"integer","minimum":0,"maximum":10,"description":"Lines around each match"}
            },"required":["pattern"]}""",
            "file", true, ToolSpec.Approval.NEVER);

    @Activate
    public SearchFilesTool(FileToolsConfig config) {
        this(new FileAccessPolicy(config, userHome()));
    }

    SearchFilesTool(FileAccessPolicy policy) {
        super(policy);
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    ToolResult run(ToolArguments arguments, ToolContext context) throws ToolFailure, IOException {
        String pattern = arguments.requiredString("pattern");
        String target = arguments.string("target").orElse("content").strip().toLowerCase(Locale.ROOT);
        Path root = policy.resolve(arguments.string("path").orElse("."), context, Access.READ);
        if (!Files.exists(root)) {
            throw new ToolFailure("no such folder: " + root);
        }
        int limit = Math.min(arguments.integer("limit", DEFAULT_LIMIT), MAX_LIMIT);
        int lines = Math.min(Math.max(arguments.integer("context", 0), 0), MAX_CONTEXT);
        if (limit < 1) {
            throw new ToolFailure("limit must be at least 1");
        }
        String fileGlob = arguments.string("file_glob").orElse("");
        Predicate<Path> wanted = fileGlob.isBlank() ? p -> true : globFilter(fileGlob);
        return switch (target) {
            case "content" -> content(pattern, root, wanted, limit, lines, context);
            case "files" -> files(pattern, root, wanted, limit, context);
            default -> throw new ToolFailure("target must be 'content' or 'files', got '" + target + "'");
        };
    }

    private ToolResult content(String regex, Path root, Predicate<Path> wanted, int limit, int lines,
                               ToolContext context) throws ToolFailure, IOException {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new ToolFailure("pattern is not a valid regular expression: " + e.getDescription() + " near index "
                    + e.getIndex() + " of '" + regex + "'; escape special characters such as ( [ { with \\");
        }
        SearchWalker.Result walk = SearchWalker.walk(policy, root, policy.homeOf(context), wanted, context::cancelled);
        String report = new ContentSearch(pattern, limit, lines, policy.maxReadBytes(), display(context))
                .run(walk.files(), context::cancelled);
        return ToolResult.untrusted(report + notes(walk));
    }

    private ToolResult files(String glob, Path root, Predicate<Path> wanted, int limit, ToolContext context)
            throws ToolFailure, IOException {
        Predicate<Path> byName = globFilter(glob);
        SearchWalker.Result walk = SearchWalker.walk(policy, root, policy.homeOf(context),
                wanted.and(byName), context::cancelled);
        Function<Path, String> display = display(context);
        StringBuilder out = new StringBuilder();
        walk.files().stream().limit(limit).forEach(p -> out.append(display.apply(p)).append('\n'));
        int found = walk.files().size();
        out.append('[').append(found == 0 ? "no files match '" + glob + "'" : found + (found == 1 ? " file" : " files"));
        if (found > limit) {
            out.append("; showing the first ").append(limit).append(": narrow the pattern or raise limit");
        }
        return ToolResult.untrusted(out.append(']').append(notes(walk)).toString());
    }

    /** A glob on the file name, or on the relative path when it holds '/'; a plain word matches names containing it. */
    static Predicate<Path> globFilter(String glob) throws ToolFailure {
        String g = glob.strip();
        if (g.chars().noneMatch(c -> "*?[{".indexOf(c) >= 0)) {
            String word = g.toLowerCase(Locale.ROOT);
            return p -> p.getFileName().toString().toLowerCase(Locale.ROOT).contains(word);
        }
        PathMatcher matcher;
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + g);
        } catch (PatternSyntaxException e) {
            throw new ToolFailure("'" + g + "' is not a valid glob: " + e.getDescription());
        }
        return g.contains("/") ? p -> matcher.matches(p) || g.startsWith("**/") && matcher.matches(Path.of("x").resolve(p))
                : p -> matcher.matches(p.getFileName());
    }

    private static String notes(SearchWalker.Result walk) {
        String notes = walk.refused() > 0 ? "\n[" + walk.refused() + " protected files or folders left out "
                + "(credential files, Hermod's own files, denied_paths)]" : "";
        return walk.truncated() ? notes + "\n[stopped after " + SearchWalker.MAX_FILES + " files: search a narrower path]"
                : notes;
    }

    private Function<Path, String> display(ToolContext context) {
        Path cwd;
        try {
            cwd = CanonicalPath.of(context.workingDirectory().toAbsolutePath());
        } catch (IOException e) {
            cwd = context.workingDirectory().toAbsolutePath();
        }
        Path base = cwd;
        return p -> p.startsWith(base) && !p.equals(base) ? base.relativize(p).toString() : p.toString();
    }
}
