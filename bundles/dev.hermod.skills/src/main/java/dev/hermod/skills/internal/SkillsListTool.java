package dev.hermod.skills.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;


import dev.hermod.api.propertytypes.HermodTool;
import dev.hermod.api.skill.Skill;
import dev.hermod.api.skill.SkillLibrary;
import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolContext;
import dev.hermod.api.tool.ToolResult;
import dev.hermod.api.tool.ToolSpec;

/**
 * {@code skills_list}: one line per skill, a page at a time ({@code limit}, default 50), optionally
 * for one category or the skills matching a query, so the result stays bounded however large the
 * library grows.
 */
@Component(service = Tool.class)
@HermodTool(name = "skills_list", toolset = "skills")
public final class SkillsListTool implements Tool {

    static final int MAX_DESCRIPTION = 160;
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    static final int MAX_PROBLEMS = 20;
    static final int MAX_CATEGORIES = 40;

    private static final ToolSpec SPEC = new ToolSpec("skills_list",
            "List the skills (playbooks for recurring tasks) as 'name — description [category]', a page at a time. "
                    + "Load a skill's full instructions with skill_view before doing a task it covers.",
            """
            {"type":"object","properties":{
              "category":{"type":"string","description":"Only skills in this category, e.g. devops"},
              "query":{"type":"string","description":"Only skills whose name, description, category or triggers hold every word"},
              "limit":{"type":"integer","description":"At most this many lines (default 50, max 200)"},
              "offset":{"type":"integer","description":"Skip this many (the next page)"}
            }}""",
            "skills", true, ToolSpec.Approval.NEVER);

    private final SkillLibrary library;

    @Activate
    public SkillsListTool(@Reference SkillLibrary library) {
        this.library = library;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolResult execute(String arguments, ToolContext context) {
        String category;
        String query;
        int limit;
        int offset;
        try {
            ToolArguments args = ToolArguments.parse(arguments);
            category = args.string("category").orElse("");
            query = args.string("query").orElse("");
            limit = number(args, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
            offset = number(args, "offset", 0, 0, 1_000_000);
        } catch (IllegalArgumentException e) {
            return ToolResult.error(e.getMessage());
        }
        List<Skill> all = library.list();
        List<String> words = words(query);
        List<Skill> shown = all.stream().filter(s -> inCategory(s, category) && matches(s, words))
                .sorted(Comparator.comparing(Skill::category).thenComparing(Skill::name)).toList();
        String scope = (category.isEmpty() ? "" : " in " + category) + (query.isEmpty() ? "" : " matching '" + query + "'");
        if (shown.isEmpty() && !scope.isEmpty()) {
            return ToolResult.error("no skills" + scope + "; categories: " + categories(all));
        }
        int from = Math.min(offset, shown.size()); // offset and limit are the model's: no overflow past the list
        List<Skill> page = shown.subList(from, from + Math.min(limit, shown.size() - from));
        StringBuilder out = new StringBuilder();
        out.append(shown.size()).append(shown.size() == 1 ? " skill" : " skills").append(scope)
                .append(page.size() == shown.size() ? "" : page.isEmpty() ? "; none from " + (offset + 1)
                        : "; showing " + (offset + 1) + "-" + (offset + page.size()))
                .append(". Load one with skill_view(name).\n");
        page.forEach(s -> out.append(line(s)).append('\n'));
        int more = shown.size() - offset - page.size();
        if (more > 0) {
            out.append(more).append(" more; narrow with category= or query=, or see the next ").append(Math.min(more, limit))
                    .append(" with offset=").append(offset + page.size()).append('.')
                    .append(category.isEmpty() ? " Categories: " + categories(shown) : "").append('\n');
        }
        out.append(problems());
        return ToolResult.ok(out.toString().stripTrailing());
    }

    static String line(Skill skill) {
        String description = skill.description().replaceAll("\\s+", " ");
        if (description.length() > MAX_DESCRIPTION) {
            description = description.substring(0, MAX_DESCRIPTION - 3).stripTrailing() + "...";
        }
        return skill.name() + " — " + description + (skill.category().isEmpty() ? "" : " [" + skill.category() + "]");
    }

    private static boolean inCategory(Skill skill, String category) {
        String c = category.toLowerCase(Locale.ROOT);
        String own = skill.category().toLowerCase(Locale.ROOT);
        return c.isEmpty() || own.equals(c) || own.startsWith(c + "/");
    }

    private static boolean matches(Skill skill, List<String> words) {
        if (words.isEmpty()) return true;
        String text = (skill.name() + " " + skill.description() + " " + skill.category() + " "
                + String.join(" ", skill.triggers())).toLowerCase(Locale.ROOT);
        return words.stream().allMatch(text::contains);
    }

    private static List<String> words(String query) {
        return List.of(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isEmpty()).toList();
    }

    private static int number(ToolArguments args, String name, int fallback, int min, int max) {
        String value = args.string(name).orElse(null);
        if (value == null) return fallback;
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' must be a whole number, not '" + value + "'");
        }
    }

    /** The categories with how many skills each holds, the first {@value #MAX_CATEGORIES}. */
    private static String categories(List<Skill> skills) {
        Map<String, Long> counts = skills.stream().map(Skill::category).filter(c -> !c.isEmpty())
                .collect(Collectors.groupingBy(c -> c, TreeMap::new, Collectors.counting()));
        if (counts.isEmpty()) return "(none)";
        String list = counts.entrySet().stream().limit(MAX_CATEGORIES).map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        return list + (counts.size() > MAX_CATEGORIES ? " and " + (counts.size() - MAX_CATEGORIES) + " more" : "");
    }

    /** The skipped skills, so the agent and the user can see why a skill is missing. */
    private String problems() {
        if (!(library instanceof FolderSkillLibrary folders) || folders.problems().isEmpty()) {
            return "";
        }
        List<SkillProblem> problems = folders.problems();
        return "\n" + problems.size() + (problems.size() == 1 ? " skill was" : " skills were") + " skipped:\n"
                + problems.stream().limit(MAX_PROBLEMS).map(p -> "- " + p).collect(Collectors.joining("\n"))
                + (problems.size() > MAX_PROBLEMS ? "\n- and " + (problems.size() - MAX_PROBLEMS) + " more" : "");
    }
}
