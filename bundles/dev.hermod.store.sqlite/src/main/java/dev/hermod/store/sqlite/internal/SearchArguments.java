package dev.hermod.store.sqlite.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The validated arguments of one {@code session_search} call.
 *
 * @param query the words to find; may be empty only when {@code aroundSeq > 0}
 * @param limit the most sessions to report, 1 to {@value #MAX_LIMIT}
 * @param sessionId the session to restrict to, or empty
 * @param aroundSeq the message to show the neighbourhood of, or 0 to search
 * @param window how many messages before and after {@code aroundSeq} to show
 */
record SearchArguments(String query, int limit, String sessionId, long aroundSeq, int window) {

    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 20;
    static final int DEFAULT_WINDOW = 3;
    static final int MAX_WINDOW = 10;

    /** Parses the model's JSON; a mistake is an {@link IllegalArgumentException} whose message says how to fix it. */
    static SearchArguments parse(ObjectMapper json, String arguments) {
        JsonNode root;
        try {
            root = json.readTree(arguments == null || arguments.isBlank() ? "{}" : arguments);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Arguments must be a JSON object, e.g. {\"query\": \"docker compose\"}.");
        }
        if (!root.isObject()) throw new IllegalArgumentException("Arguments must be a JSON object.");
        String query = text(root, "query");
        String sessionId = text(root, "session_id");
        long around = integer(root, "around_seq", 0);
        if (around < 0) throw new IllegalArgumentException("around_seq must be a message number >= 1.");
        if (around > 0 && sessionId.isEmpty()) {
            throw new IllegalArgumentException("around_seq needs session_id: give the session the message belongs to.");
        }
        if (around == 0 && query.isBlank()) {
            throw new IllegalArgumentException("query is required: give the words to look for in past conversations.");
        }
        int limit = (int) Math.clamp(integer(root, "limit", DEFAULT_LIMIT), 1, MAX_LIMIT);
        int window = (int) Math.clamp(integer(root, "window", DEFAULT_WINDOW), 0, MAX_WINDOW);
        return new SearchArguments(query.strip(), limit, sessionId.strip(), around, window);
    }

    private static String text(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) return "";
        if (!node.isTextual()) throw new IllegalArgumentException(name + " must be a string.");
        return node.asText();
    }

    private static long integer(JsonNode root, String name, long fallback) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) return fallback;
        if (node.isTextual() && node.asText().strip().matches("-?\\d{1,18}")) return Long.parseLong(node.asText().strip());
        if (!node.canConvertToLong() || !node.isIntegralNumber()) {
            throw new IllegalArgumentException(name + " must be a whole number.");
        }
        return node.asLong();
    }
}
