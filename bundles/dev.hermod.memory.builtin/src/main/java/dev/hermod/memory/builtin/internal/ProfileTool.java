package dev.hermod.memory.builtin.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.memory.ProfileChange;
import dev.hermod.api.memory.ProfileFact;
import dev.hermod.api.memory.UserProfile;
import dev.hermod.api.memory.UserProfiles;
import dev.hermod.api.propertytypes.HermodTool;
import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolContext;
import dev.hermod.api.tool.ToolResult;
import dev.hermod.api.tool.ToolSpec;

/**
 * {@code user_profile}: sets, removes and lists the keyed facts of the caller's profile
 * (preferences, expertise, communication style). Every change is logged with its reason and
 * session; the profile is shown in the system prompt of later sessions.
 */
@Component(service = Tool.class)
@HermodTool(name = "user_profile", toolset = "memory")
public final class ProfileTool implements Tool {

    private static final String DESCRIPTION = """
            Keep the person's profile, shown in every later session: keyed facts about their preferences, \
            expertise (topic and level) and answer style (length, tone, format). set adds or updates a key, remove \
            deletes it, list shows it. Save what they say or clearly show, not guesses; never secrets.""";

    private static final String SCHEMA = """
            {"type": "object",
             "properties": {
               "action": {"type": "string", "enum": ["set", "remove", "list"]},
               "aspect": {"type": "string", "enum": ["preference", "expertise", "style"]},
               "key": {"type": "string", "description": "e.g. editor, python, answer length"},
               "value": {"type": "string", "description": "set: one line, e.g. helix"},
               "reason": {"type": "string"}
             },
             "required": ["action"],
             "additionalProperties": false}""";

    /** Built on first use, as in {@link MemoryTool}. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final UserProfiles profiles;
    private final ToolSpec spec = new ToolSpec("user_profile", DESCRIPTION, SCHEMA, "memory", false,
            ToolSpec.Approval.NEVER);

    @Activate
    public ProfileTool(@Reference(target = "(&(hermod.memory.name=builtin)(!(enabled=false)))") UserProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public ToolResult execute(String arguments, ToolContext context) {
        MemoryContext who = new MemoryContext(context.sessionId(), context.sessionKey(), context.platform(),
                context.userId(), context.role());
        try {
            ProfileArguments args = ProfileArguments.parse(Json.MAPPER, arguments);
            return switch (args.action()) {
                case "list" -> ToolResult.ok(list(profiles.get(who.platform(), who.userId())));
                case "set" -> ToolResult.ok(done(profiles.put(who, args.aspect(), args.key(), args.value(), "model",
                        args.reason()), "already set to exactly that; nothing changed."));
                default -> ToolResult.ok(done(profiles.remove(who, args.aspect(), args.key(), "model", args.reason()),
                        "was not set; nothing changed."));
            };
        } catch (IllegalArgumentException | IllegalStateException e) {
            return ToolResult.error(e.getMessage());
        }
    }

    private static String done(Optional<ProfileChange> change, String unchanged) {
        if (change.isEmpty()) return "The key " + unchanged;
        ProfileChange c = change.get();
        String was = c.previous().isEmpty() ? "" : " (was: " + c.previous() + ")";
        String what = c.action() == ProfileChange.Action.SET
                ? "Set " + c.aspect().id() + " " + c.key() + " = " + c.value() + was
                : "Removed " + c.aspect().id() + " " + c.key() + was;
        return what + ". Shown in the system prompt from the next session on.";
    }

    private static String list(UserProfile profile) {
        if (profile.isEmpty()) return "The profile is empty.";
        StringBuilder out = new StringBuilder();
        for (ProfileFact f : profile.facts()) {
            out.append(f.aspect().id()).append(' ').append(f.key()).append(" = ").append(f.value()).append("  [")
                    .append(f.source()).append(", ").append(f.updatedAt().toString(), 0, 10).append("]\n");
        }
        return out.toString().stripTrailing();
    }
}
