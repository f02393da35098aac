package dev.hermod.skills.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

/** {@code skills_list}: one line per skill, optionally for one category. */
@Component(service = Tool.class)
@HermodTool(name = "skills_list", toolset = "skills")
public final class SkillsListTool implements Tool {

    static final int MAX_DESCRIPTION = 160;

    private static final ToolSpec SPEC = new ToolSpec("skills_list",
            "List the skills (playbooks for recurring tasks) as 'name — description [category]'. Load a skill's "
                    + "full instructions with skill_view before doing a task it covers.",
            """
            {"type":"object","properties":{
              "category":{"type":"string","description":"Only skills in this category, e.g. devops"}
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
        try {
            category = ToolArguments.parse(arguments).string("category").orElse("");
        } catch (IllegalArgumentException e) {
            return ToolResult.error(e.getMessage());
        }
        List<Skill> all = library.list();
        List<Skill> shown = all.stream().filter(s -> inCategory(s, category))
                .sorted(Comparator.comparing(Skill::category).thenComparing(Skill::name)).toList();
        if (shown.isEmpty() && !category.isEmpty()) {
            return ToolResult.error("no skills in category '" + category + "'; categories: " + categories(all));
        }
        StringBuilder out = new StringBuilder();
        out.append(shown.size()).append(shown.size() == 1 ? " skill" : " skills")
                .append(category.isEmpty() ? "" : " in " + category)
                .append(". Load one with skill_view(name).\n");
        shown.forEach(s -> out.append(line(s)).append('\n'));
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

    private static String categories(List<Skill> skills) {
        String list = skills.stream().map(Skill::category).filter(c -> !c.isEmpty()).distinct().sorted()
                .collect(Collectors.joining(", "));
        return list.isEmpty() ? "(none)" : list;
    }

    /** The skipped skills, so the agent and the user can see why a skill is missing. */
    private String problems() {
        if (!(library instanceof FolderSkillLibrary folders) || folders.problems().isEmpty()) {
            return "";
        }
        List<SkillProblem> problems = folders.problems();
        return "\n" + problems.size() + (problems.size() == 1 ? " skill was" : " skills were") + " skipped:\n"
                + problems.stream().map(p -> "- " + p).collect(Collectors.joining("\n"));
    }
}
