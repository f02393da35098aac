package dev.hermod.skills.internal;

import java.util.Optional;
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
            // Every part is scanned as it is served: files by the library's readFile, the rest here.
            String content = file.isPresent() ? library.readFile(name, file.get())
                    : skillText(skill) + ServedText.check("skill '" + name + "'", SkillText.FILE_LIST, SkillText.footer(skill));
            // Hub skills were written by strangers: their instructions are data, not orders.
            return skill.provenance() == Skill.Provenance.HUB ? ToolResult.untrusted(content) : ToolResult.ok(content);
        } catch (ServedText.Blocked e) {
            rescan();
            return ToolResult.error(e.getMessage());
        } catch (IllegalArgumentException e) {
            return ToolResult.error(e.getMessage());
        }
    }

    private String skillText(Skill skill) {
        if (skill.directory() != null) {
            try {
                return library.readFile(skill.name(), SkillFolderScanner.SKILL_FILE);
            } catch (ServedText.Blocked e) {
                throw e;
            } catch (IllegalArgumentException e) {
                // Gone since the last scan, or a library that serves no raw file: show what was parsed.
            }
        }
        return ServedText.check("skill '" + skill.name() + "'", SkillFolderScanner.SKILL_FILE, SkillText.rendered(skill));
    }

    /**
     * The text changed since the load-time scan (the watcher may not have caught up): rescan now, so
     * the skill is quarantined and the operator sees the findings in {@code hermod doctor}.
     */
    private void rescan() {
        if (library instanceof Workshop workshop) {
            try {
                workshop.reload();
            } catch (RuntimeException e) {
                System.getLogger(SkillViewTool.class.getName()).log(System.Logger.Level.WARNING,
                        "cannot rescan the skills after a blocked view: " + e.getMessage());
            }
        }
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
