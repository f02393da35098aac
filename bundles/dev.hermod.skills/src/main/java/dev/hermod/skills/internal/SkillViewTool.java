package dev.hermod.skills.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;


import dev.hermod.api.propertytypes.HermodTool;
import dev.hermod.api.skill.Skill;
import dev.hermod.api.skill.SkillLibrary;
import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolContext;
import dev.hermod.api.tool.ToolResult;
import dev.hermod.api.tool.ToolSpec;

/** {@code skill_view}: a skill's full SKILL.md, or one of its supporting files. */
@Component(service = Tool.class)
@HermodTool(name = "skill_view", toolset = "skills")
public final class SkillViewTool implements Tool {

    private static final ToolSpec SPEC = new ToolSpec("skill_view",
            "Show a skill's full SKILL.md (front matter and instructions), or with file_path one of its supporting "
                    + "files (references/..., templates/..., scripts/..., assets/...).",
            """
            {"type":"object","properties":{
              "name":{"type":"string","description":"The skill name, as skills_list shows it"},
              "file_path":{"type":"string","description":"A supporting file inside the skill folder, e.g. references/api.md"}
            },"required":["name"]}""",
            "skills", true, ToolSpec.Approval.NEVER);

    private final SkillLibrary library;

    @Activate
    public SkillViewTool(@Reference SkillLibrary library) {
        this.library = library;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolResult execute(String arguments, ToolContext context) {
        try {
            ToolArguments args = ToolArguments.parse(arguments);
            String name = args.string("name").orElseThrow(() -> new IllegalArgumentException(
                    "missing required argument 'name'; skills_list shows the names"));
            Skill skill = library.get(name).orElseThrow(() -> new IllegalArgumentException(unknown(name)));
            Optional<String> file = args.string("file_path");
            String content = file.isPresent() ? library.readFile(name, file.get()) : skillText(skill) + footer(skill);
            // Hub skills were written by strangers: their instructions are data, not orders.
            return skill.provenance() == Skill.Provenance.HUB ? ToolResult.untrusted(content) : ToolResult.ok(content);
        } catch (IllegalArgumentException e) {
            return ToolResult.error(e.getMessage());
        }
    }

    private String skillText(Skill skill) {
        if (skill.directory() != null) {
            try {
                return library.readFile(skill.name(), SkillFolderScanner.SKILL_FILE);
            } catch (IllegalArgumentException e) {
                // Gone since the last scan, or a library that serves no raw file: show what was parsed.
            }
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        String yaml = new Yaml(options).dump(new LinkedHashMap<>(skill.frontMatter()));
        return "---\n" + yaml + "---\n\n" + skill.body() + "\n";
    }

    private static String footer(Skill skill) {
        List<String> files = skill.files();
        return files.isEmpty() ? "" : "\n[Supporting files; view one with skill_view(name, file_path): "
                + String.join(", ", files) + "]";
    }

    private String unknown(String name) {
        String close = library.list().stream().map(Skill::name)
                .filter(n -> n.contains(name) || name.contains(n) || sharedPrefix(n, name) >= 4)
                .limit(5).collect(Collectors.joining(", "));
        return "no skill named '" + name + "'" + (close.isEmpty() ? "" : "; did you mean: " + close + "?")
                + " skills_list shows every skill.";
    }

    private static int sharedPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
