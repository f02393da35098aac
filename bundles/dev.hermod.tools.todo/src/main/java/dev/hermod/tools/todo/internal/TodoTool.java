package dev.hermod.tools.todo.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hermod.api.propertytypes.HermodTool;
import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolContext;
import dev.hermod.api.tool.ToolResult;
import dev.hermod.api.tool.ToolSpec;

/** The session's task list. */
@Component
@HermodTool(name = "todo", toolset = "todo")
public final class TodoTool implements Tool {
    static final Set<String> STATUSES = Set.of("pending", "in_progress", "completed", "cancelled");
    /** Built on first use: the first ObjectMapper loads much of Jackson, and start-up need not wait for that. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private static final ToolSpec SPEC = new ToolSpec("todo", """
            Keep a task list for the current job. Send the whole list (merge=false) or only the \
            changed items (merge=true). Call with no arguments to read the list. Mark one item \
            in_progress at a time and completed as soon as it is done.""", """
            {"type":"object","properties":{
              "todos":{"type":"array","items":{"type":"object","properties":{
                "id":{"type":"string"},"content":{"type":"string"},
                "status":{"type":"string","enum":["pending","in_progress","completed","cancelled"]}},
                "required":["id","content","status"]}},
              "merge":{"type":"boolean","description":"update by id instead of replacing the list"}}}""",
            "todo", false, ToolSpec.Approval.NEVER);

    /** One session's list, in insertion order. */
    static final class TodoList {
        final Map<String, Item> items = new LinkedHashMap<>();
    }

    record Item(String id, String content, String status) {}

    @Override
    public ToolSpec spec() { return SPEC; }

    @Override
    public ToolResult execute(String arguments, ToolContext context) throws Exception {
        JsonNode args = Json.MAPPER.readTree(arguments);
        TodoList list = context.sessionState(TodoList.class, TodoList::new);
        synchronized (list) {
            JsonNode todos = args.path("todos");
            if (todos.isArray()) {
                List<Item> parsed = new ArrayList<>();
                for (JsonNode t : todos) {
                    String status = t.path("status").asText("pending");
                    if (!STATUSES.contains(status)) {
                        return ToolResult.error("unknown status '" + status + "' for item '" + t.path("id").asText()
                                + "'; use one of " + STATUSES);
                    }
                    String id = t.path("id").asText("");
                    if (id.isBlank()) return ToolResult.error("every item needs an id");
                    parsed.add(new Item(id, t.path("content").asText(""), status));
                }
                if (!args.path("merge").asBoolean(false)) list.items.clear();
                for (Item i : parsed) {
                    Item old = list.items.get(i.id());
                    String content = i.content().isBlank() && old != null ? old.content() : i.content();
                    list.items.put(i.id(), new Item(i.id(), content, i.status()));
                }
            }
            return ToolResult.ok(render(list));
        }
    }

    static String render(TodoList list) {
        if (list.items.isEmpty()) return "The task list is empty.";
        StringBuilder out = new StringBuilder();
        long done = list.items.values().stream().filter(i -> i.status().equals("completed")).count();
        out.append("Tasks (").append(done).append('/').append(list.items.size()).append(" done):\n");
        for (Item i : list.items.values()) {
            String box = switch (i.status()) {
                case "completed" -> "[x]";
                case "in_progress" -> "[>]";
                case "cancelled" -> "[-]";
                default -> "[ ]";
            };
            out.append(box).append(' ').append(i.id()).append(". ").append(i.content()).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
