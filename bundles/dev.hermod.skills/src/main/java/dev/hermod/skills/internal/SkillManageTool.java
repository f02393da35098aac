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
 * scanned and versioned by {@link SkillWriter}. Only agent skills are the model's: the user's own,
 * bundled and external skills are read-only to it (the error says to propose a change in the reply).
 */
@Component(service = Tool.class)
@HermodTool(name = "skill_manage", toolset = "skills")
public final class SkillManageTool implements Tool {

    private static final ToolSpec SPEC = new ToolSpec("skill_manage",
            "Write your own skills: reusable playbooks for kinds of task you solved. create/edit take the whole "
                    + "SKILL.md (front matter name, description, triggers; numbered steps, pitfalls, verification); "
                    + "patch replaces old_string with new_string in SKILL.md or file_path; write_file/remove_file "
                    + "manage references/, templates/, scripts/, assets/; delete archives it. Versions are kept.",
            """
            {"type":"object","properties":{
              "action":{"type":"string","enum":["create","patch","edit","delete","write_file","remove_file"]},
              "name":{"type":"string","description":"lower-case-dashed"},
              "content":{"type":"string","description":"SKILL.md, or the file for write_file"},
              "file_path":{"type":"string","description":"e.g. references/api.md"},
              "old_string":{"type":"string"},
              "new_string":{"type":"string"},
              "reason":{"type":"string"}
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
