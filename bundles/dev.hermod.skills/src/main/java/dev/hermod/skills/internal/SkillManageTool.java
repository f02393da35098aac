package dev.hermod.skills.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.hermod.api.propertytypes.HermodTool;
import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolContext;
import dev.hermod.api.tool.ToolResult;
import dev.hermod.api.tool.ToolSpec;

/**
 * {@code skill_manage}: the model creates and maintains its own skills. Every write is validated,
 * scanned and versioned by {@link SkillWriter}; bundled and external skills are read-only.
 */
@Component(service = Tool.class)
@HermodTool(name = "skill_manage", toolset = "skills")
public final class SkillManageTool implements Tool {

    private static final ToolSpec SPEC = new ToolSpec("skill_manage",
            "Create or maintain a skill: a reusable playbook (SKILL.md) for a kind of task you solved. create and edit "
                    + "take the whole SKILL.md in 'content' (front matter with name, description, triggers; then "
                    + "numbered steps, pitfalls and a verification step); patch replaces one exact passage "
                    + "(old_string -> new_string) of SKILL.md or of file_path; write_file and remove_file manage "
                    + "files under references/, templates/, scripts/ or assets/; delete retires the skill to the "
                    + "archive. Every version is kept; bundled skills are read-only.",
            """
            {"type":"object","properties":{
              "action":{"type":"string","enum":["create","patch","edit","delete","write_file","remove_file"]},
              "name":{"type":"string","description":"The skill name: lower-case letters, digits and dashes"},
              "content":{"type":"string","description":"create/edit: the whole SKILL.md; write_file: the file's text"},
              "file_path":{"type":"string","description":"write_file/remove_file/patch: e.g. references/api.md (patch: omit for SKILL.md)"},
              "old_string":{"type":"string","description":"patch: the exact passage to replace (unique in the file)"},
              "new_string":{"type":"string","description":"patch: its replacement"},
              "reason":{"type":"string","description":"Why: what you learned that makes the change right"}
            },"required":["action","name"]}""",
            "skills", false, ToolSpec.Approval.NEVER);

    private final FolderSkillLibrary library;

    @Activate
    public SkillManageTool(@Reference FolderSkillLibrary library) {
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
            String action = args.string("action").orElseThrow(() -> new IllegalArgumentException(
                    "missing 'action': one of create, patch, edit, delete, write_file, remove_file"));
            String name = args.string("name").orElseThrow(() -> new IllegalArgumentException("missing 'name'"));
            String reason = args.string("reason").orElse("requested by the model");
            SkillWriter.Author author = SkillWriter.Author.model(context.sessionId());
            SkillWriter writer = library.writer();
            SkillWriter.Outcome outcome = switch (action) {
                case "create" -> writer.create(name, required(args, "content"), author, reason);
                case "edit" -> writer.edit(name, required(args, "content"), author, reason);
                case "patch" -> writer.patch(name, args.string("file_path").orElse(null), required(args, "old_string"),
                        args.text("new_string").orElse(""), author, reason);
                case "write_file" -> writer.writeFile(name, required(args, "file_path"), required(args, "content"), author, reason);
                case "remove_file" -> writer.removeFile(name, required(args, "file_path"), author, reason);
                case "delete" -> writer.retire(name, author, reason);
                default -> throw new IllegalArgumentException("unknown action '" + action
                        + "'; use create, patch, edit, delete, write_file or remove_file");
            };
            return outcome.ok() ? ToolResult.ok(outcome.message()) : ToolResult.error(outcome.message());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return ToolResult.error(e.getMessage());
        }
    }

    private static String required(ToolArguments args, String name) {
        return args.text(name).filter(s -> !s.isBlank()).orElseThrow(() -> new IllegalArgumentException("missing '" + name + "'"));
    }
}
