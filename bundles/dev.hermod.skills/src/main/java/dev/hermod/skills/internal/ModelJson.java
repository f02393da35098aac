package dev.hermod.skills.internal;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hermod.api.agent.AuxiliaryModel;
import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.ChatRequest;

/**
 * One background question to the model whose answer is a JSON object: the review, the self-check,
 * reflection and merging. Models wrap JSON in prose or code fences; the first balanced object in the
 * reply is taken. An answer without one is empty, never a guess.
 */
final class ModelJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ModelJson() {
    }

    static Optional<JsonNode> ask(AuxiliaryModel model, String system, String user, String purpose) {
        String reply = model.complete(new ChatRequest(List.of(new ChatMessage.System(system), new ChatMessage.User(user)),
                List.of()), purpose).message().text();
        return parse(reply);
    }

    static Optional<JsonNode> parse(String reply) {
        if (reply == null) return Optional.empty();
        for (int start = reply.indexOf('{'); start >= 0; start = reply.indexOf('{', start + 1)) {
            int end = closing(reply, start);
            if (end < 0) continue;
            try {
                JsonNode node = MAPPER.readTree(reply.substring(start, end + 1));
                if (node.isObject()) return Optional.of(node);
            } catch (java.io.IOException e) {
                // not JSON after all: try the next brace
            }
        }
        return Optional.empty();
    }

    /** The index of the brace closing the one at {@code start}, honouring strings; -1 if none. */
    private static int closing(String text, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }
}
