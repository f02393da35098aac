package dev.hermod.memory.holographic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.hermod.api.memory.MemoryContext;

import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolContext;
import dev.hermod.api.tool.ToolResult;
import dev.hermod.api.tool.ToolSpec;

/** {@code fact_store}: the model's way to add, find, connect, correct and retire facts. Offered through tools(). */
final class FactStoreTool implements Tool {

    static final String NAME = "fact_store";
    private static final String EXAMPLE = "{\"action\": \"add\", \"text\": \"Alice prefers tea\"}";
    private static final String DESCRIPTION = """
            Your long-term fact store, private to the person you are talking to. Save short, self-contained facts \
            worth knowing in later sessions (who, what, preferences, decisions, environment details); never secrets. \
            Actions: add {text}; search {query}; probe {entity}: facts about one entity; related {fact_id or entity}: \
            facts connected through shared entities; reason {entities: [a, b, ...]}: facts linking them; \
            contradict {fact_id, text}: record that text contradicts a fact (the old one is kept, with less trust); \
            update {fact_id, text}: new version of a fact (old kept as history); remove {fact_id}; \
            list {limit, offset, include_history}. Facts show as [fact #id, trust t] text; after using a fact, rate \
            it with fact_feedback. When a fact you add, update or contradict states the person's preference, \
            expertise or how they want answers, also give aspect (preference, expertise or style) and a short key \
            (editor, python, answer length): it then joins their profile, shown at the start of every session, and \
            follows the fact's later updates and removal.""";
    private static final String SCHEMA = """
            {"type": "object",
             "properties": {
               "action": {"type": "string",
                          "enum": ["add", "search", "probe", "related", "reason", "contradict", "update", "remove", "list"]},
               "text": {"type": "string", "description": "The fact, for add, update and contradict."},
               "query": {"type": "string", "description": "What to look for, for search."},
               "fact_id": {"type": "integer", "minimum": 1, "description": "The fact, for related, contradict, update, remove."},
               "entity": {"type": "string", "description": "A name, @handle, #tag, path or URL, for probe and related."},
               "entities": {"type": "array", "items": {"type": "string"}, "minItems": 2,
                            "description": "Two or more entity names, for reason."},
               "limit": {"type": "integer", "minimum": 1, "maximum": 100, "description": "Most results (default 10, list 20)."},
               "offset": {"type": "integer", "minimum": 0, "description": "For list: facts to skip (paging)."},
               "include_history": {"type": "boolean", "description": "For list: also superseded and removed facts."},
               "aspect": {"type": "string", "enum": ["preference", "expertise", "style"],
                          "description": "For add, update, contradict: put the fact into the person's profile under this aspect."},
               "key": {"type": "string", "description": "With aspect: the profile key, a short name such as editor."}
             },
             "required": ["action"],
             "additionalProperties": false}""";

    private final FactEngine.Access engine;
    private final ProfileLink profile;
    private final ToolSpec spec = new ToolSpec(NAME, DESCRIPTION, SCHEMA, "memory", false, ToolSpec.Approval.NEVER);

    FactStoreTool(FactEngine.Access engine, ProfileLink profile) {
        this.engine = engine;
        this.profile = profile;
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public ToolResult execute(String arguments, ToolContext context) {
        try {
            FactArguments args = FactArguments.parse(arguments, EXAMPLE);
            String action = args.text("action");
            MemoryContext who = new MemoryContext(context.sessionId(), context.sessionKey(), context.platform(),
                    context.userId(), context.role());
            return ToolResult.ok(run(action, args, Scope.of(context), who));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return ToolResult.error(e.getMessage());
        }
    }

    private String run(String action, FactArguments args, String scope, MemoryContext who) {
        int limit = args.integer("limit", 10, 1, 100);
        return switch (action) {
            case "add" -> add(args, scope, who);
            case "search" -> results(engine.get().recall().search(scope, args.requiredText("query", action), limit), false);
            case "probe" -> results(engine.get().recall().probe(scope, args.requiredText("entity", action), limit), true);
            case "related" -> related(args, scope, limit);
            case "reason" -> reason(args.strings("entities", 2, action), scope, limit);
            case "contradict" -> contradict(args, scope, who);
            case "update" -> update(args, scope, who);
            case "remove" -> remove(args, scope, who);
            case "list" -> list(args, scope);
            case "" -> throw new IllegalArgumentException("action is required: add, search, probe, related, reason,"
                    + " contradict, update, remove or list.");
            default -> throw new IllegalArgumentException("Unknown action '" + action + "': use add, search, probe,"
                    + " related, reason, contradict, update, remove or list.");
        };
    }

    private String related(FactArguments args, String scope, int limit) {
        boolean byFact = args.has("fact_id");
        if (byFact == !args.text("entity").isEmpty()) {
            throw new IllegalArgumentException("related needs exactly one of fact_id or entity.");
        }
        FactRecall recall = engine.get().recall();
        return results(byFact ? recall.relatedToFact(scope, args.factId("related"), limit)
                : recall.relatedToEntity(scope, args.text("entity"), limit), true);
    }

    private String reason(List<String> names, String scope, int limit) {
        FactRecall recall = engine.get().recall();
        List<Scored> linking = recall.reason(scope, names, limit);
        if (!linking.isEmpty()) return results(linking, true);
        StringBuilder out = new StringBuilder("No fact links " + String.join(", ", names) + " directly.");
        for (String name : names) {
            List<Scored> about = recall.probe(scope, name, 3);
            out.append("\nAbout ").append(name).append(": ").append(about.isEmpty() ? "nothing stored." : "");
            about.forEach(s -> out.append("\n").append(FactLines.withEntities(s)));
        }
        return out.toString();
    }

    private String add(FactArguments args, String scope, MemoryContext who) {
        Optional<ProfileTag> tag = ProfileTag.of(args);
        Fact fact = engine.get().memory().add(scope, args.requiredText("text", "add"), "tool");
        return "Added " + FactLines.line(fact) + tag.map(t -> profile.publish(who, t, fact)).orElse("");
    }

    private String update(FactArguments args, String scope, MemoryContext who) {
        Optional<ProfileTag> tag = ProfileTag.of(args);
        long old = args.factId("update");
        Fact fresh = engine.get().memory().update(scope, old, args.requiredText("text", "update"));
        profile.follow(who, old, fresh, "fact #" + old + " updated to #" + fresh.id());
        return "Updated: " + FactLines.line(fresh) + " (the old version is kept as history)"
                + tag.map(t -> profile.publish(who, t, fresh)).orElse("");
    }

    private String remove(FactArguments args, String scope, MemoryContext who) {
        Fact removed = engine.get().memory().remove(scope, args.factId("remove"));
        profile.retract(who, removed.id(), "fact #" + removed.id() + " removed");
        return "Removed: " + FactLines.line(removed);
    }

    private String contradict(FactArguments args, String scope, MemoryContext who) {
        Optional<ProfileTag> tag = ProfileTag.of(args);
        List<Fact> pair = engine.get().memory().contradict(scope, args.factId("contradict"), args.requiredText("text", "contradict"));
        // the contradicting fact is the person's current word: profile keys of the old fact take it
        profile.follow(who, pair.get(0).id(), pair.get(1), "fact #" + pair.get(0).id() + " contradicted by #"
                + pair.get(1).id());
        return "Added " + FactLines.line(pair.get(1)) + "\nNow " + FactLines.line(pair.get(0))
                + tag.map(t -> profile.publish(who, t, pair.get(1))).orElse("");
    }

    private String list(FactArguments args, String scope) {
        int limit = args.integer("limit", 20, 1, 100);
        int offset = args.integer("offset", 0, 0, Integer.MAX_VALUE);
        boolean history = args.bool("include_history", false, false);
        FactMemory memory = engine.get().memory();
        List<Fact> page = memory.list(scope, history, limit, offset);
        int total = memory.count(scope, history);
        List<String> lines = new ArrayList<>();
        lines.add(total == 0 ? "No facts stored yet." : "Facts " + (page.isEmpty() ? 0 : offset + 1) + "-"
                + (offset + page.size()) + " of " + total + ", newest first:");
        page.forEach(f -> lines.add(FactLines.line(f)));
        return String.join("\n", lines);
    }

    private String results(List<Scored> found, boolean entities) {
        if (found.isEmpty()) return "No matching facts (facts below the trust threshold are not shown).";
        engine.get().recall().recalled(found);
        List<String> lines = new ArrayList<>();
        for (Scored s : found) lines.add(entities ? FactLines.withEntities(s) : FactLines.line(s));
        return String.join("\n", lines);
    }
}
