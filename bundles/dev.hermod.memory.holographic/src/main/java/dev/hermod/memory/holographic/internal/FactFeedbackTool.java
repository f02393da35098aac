package dev.hermod.memory.holographic.internal;

import java.util.Locale;

import dev.hermod.api.memory.MemoryContext;

import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolContext;
import dev.hermod.api.tool.ToolResult;
import dev.hermod.api.tool.ToolSpec;

/** {@code fact_feedback}: the model rates a recalled fact, moving its trust. Offered through tools(). */
final class FactFeedbackTool implements Tool {

    static final String NAME = "fact_feedback";
    private static final String DESCRIPTION = """
            Rate a fact from your fact store after using it: helpful true when it was right and useful, false when \
            it was wrong or stale. Trust rises a little for helpful and falls more for unhelpful; facts whose trust \
            falls under the threshold are no longer recalled.""";
    private static final String SCHEMA = """
            {"type": "object",
             "properties": {
               "fact_id": {"type": "integer", "minimum": 1, "description": "The number after # in the fact line."},
               "helpful": {"type": "boolean", "description": "true: it was right and useful; false: wrong or stale."}
             },
             "required": ["fact_id", "helpful"],
             "additionalProperties": false}""";

    private final FactEngine.Access engine;
    private final ProfileLink profile;
    private final TrustPolicy trust;
    private final ToolSpec spec = new ToolSpec(NAME, DESCRIPTION, SCHEMA, "memory", false, ToolSpec.Approval.NEVER);

    FactFeedbackTool(FactEngine.Access engine, ProfileLink profile, TrustPolicy trust) {
        this.engine = engine;
        this.profile = profile;
        this.trust = trust;
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public ToolResult execute(String arguments, ToolContext context) {
        try {
            FactArguments args = FactArguments.parse(arguments, "{\"fact_id\": 12, \"helpful\": true}");
            long id = args.factId("fact_feedback");
            boolean helpful = args.bool("helpful", false, true);
            Fact after = engine.get().memory().feedback(Scope.of(context), id, helpful);
            if (!trust.recallable(after.trust())) {
                // a fact no longer trusted enough to recall no longer frames answers either
                profile.retract(new MemoryContext(context.sessionId(), context.sessionKey(), context.platform(),
                        context.userId(), context.role()), id, "fact #" + id + " fell below the trust threshold");
            }
            return ToolResult.ok(String.format(Locale.ROOT, "Fact #%d marked %s; trust now %.2f.", after.id(),
                    helpful ? "helpful" : "unhelpful", after.trust()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return ToolResult.error(e.getMessage());
        }
    }
}
