package dev.hermod.memory.builtin.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hermod.api.memory.ProfileAspect;

/**
 * The validated arguments of one {@code user_profile} call; {@code aspect} and {@code key} are
 * null for {@code list}.
 */
record ProfileArguments(String action, ProfileAspect aspect, String key, String value, String reason) {

    /** Parses the model's JSON; a mistake is an {@link IllegalArgumentException} that says how to fix it. */
    static ProfileArguments parse(ObjectMapper json, String arguments) {
        JsonNode root;
        try {
            root = json.readTree(arguments == null || arguments.isBlank() ? "{}" : arguments);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Arguments must be a JSON object, e.g. {\"action\": \"set\", \"aspect\":"
                    + " \"preference\", \"key\": \"editor\", \"value\": \"helix\"}.");
        }
        if (!root.isObject()) throw new IllegalArgumentException("Arguments must be a JSON object.");
        String action = text(root, "action");
        if (action.equals("list")) return new ProfileArguments(action, null, null, "", "");
        if (!action.equals("set") && !action.equals("remove")) {
            throw new IllegalArgumentException((action.isEmpty() ? "action is required" : "Unknown action '" + action
                    + "'") + ": use set, remove or list.");
        }
        String aspectName = text(root, "aspect");
        ProfileAspect aspect = ProfileAspect.of(aspectName).orElseThrow(() -> new IllegalArgumentException(
                (aspectName.isEmpty() ? "aspect is required" : "Unknown aspect '" + aspectName + "'")
                        + ": use preference, expertise or style."));
        String reason = text(root, "reason").strip();
        return new ProfileArguments(action, aspect, Profiles.key(text(root, "key")), text(root, "value"),
                reason.isEmpty() ? "model: " + action : reason);
    }

    private static String text(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) return "";
        if (!node.isTextual()) throw new IllegalArgumentException(name + " must be a string.");
        return node.asText();
    }
}
