package dev.hermod.memory.builtin.internal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The validated arguments of one {@code memory} call.
 *
 * @param target the file to change
 * @param edit the change
 * @param reason why, for the archive: the model's {@code reason}, or {@code model: <action>}
 */
record MemoryArguments(MemoryTarget target, MemoryEdit edit, String reason) {

    /** Parses the model's JSON; a mistake is an {@link IllegalArgumentException} that says how to fix it. */
    static MemoryArguments parse(ObjectMapper json, String arguments) {
        JsonNode root;
        try {
            root = json.readTree(arguments == null || arguments.isBlank() ? "{}" : arguments);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Arguments must be a JSON object, e.g. {\"action\": \"add\","
                    + " \"target\": \"memory\", \"content\": \"...\"}.");
        }
        if (!root.isObject()) throw new IllegalArgumentException("Arguments must be a JSON object.");
        String targetName = text(root, "target");
        MemoryTarget target = MemoryTarget.of(targetName).orElseThrow(() -> new IllegalArgumentException(
                (targetName.isEmpty() ? "target is required" : "Unknown target '" + targetName + "'")
                        + ": use memory (your own notes) or user (facts about the person)."));
        String action = text(root, "action");
        MemoryEdit edit = switch (action) {
            case "add" -> new MemoryEdit.Add(text(root, "content"));
            case "replace" -> new MemoryEdit.Replace(text(root, "old_text"), text(root, "content"));
            case "remove" -> new MemoryEdit.Remove(text(root, "old_text"));
            case "consolidate" -> new MemoryEdit.Consolidate(entries(root));
            default -> throw new IllegalArgumentException((action.isEmpty() ? "action is required"
                    : "Unknown action '" + action + "'") + ": use add, replace, remove or consolidate.");
        };
        String reason = text(root, "reason").strip();
        return new MemoryArguments(target, edit, reason.isEmpty() ? "model: " + action : reason);
    }

    private static List<String> entries(JsonNode root) {
        JsonNode node = root.get("entries");
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException("entries is required for consolidate: the full new list of entries"
                    + " for the file, as an array of strings (everything left out is removed, and kept in the archive).");
        }
        List<String> entries = new ArrayList<>();
        for (JsonNode entry : node) {
            if (!entry.isTextual()) throw new IllegalArgumentException("entries must hold only strings.");
            entries.add(entry.asText());
        }
        return entries;
    }

    private static String text(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) return "";
        if (!node.isTextual()) throw new IllegalArgumentException(name + " must be a string.");
        return node.asText();
    }
}
