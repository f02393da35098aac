package dev.hermod.testing.model.internal;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.hermod.testing.model.Reply;
import dev.hermod.testing.model.ScriptedToolCall;

/** Builds the JSON bodies of the OpenAI chat-completions wire format. */
final class CompletionJson {
    private final ObjectMapper mapper;

    CompletionJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode completion(String id, String model, Reply reply, List<ScriptedToolCall> calls, Tokens tokens) {
        ObjectNode message = mapper.createObjectNode().put("role", "assistant");
        if (reply.text().isEmpty() && !calls.isEmpty()) message.putNull("content");
        else message.put("content", reply.text());
        if (!calls.isEmpty()) message.set("tool_calls", toolCalls(calls, false));
        ObjectNode choice = mapper.createObjectNode().put("index", 0);
        choice.set("message", message);
        choice.putNull("logprobs");
        choice.put("finish_reason", finishReason(calls));
        ObjectNode root = header(id, model, "chat.completion");
        root.putArray("choices").add(choice);
        root.set("usage", usage(tokens));
        return root;
    }

    ObjectNode chunk(String id, String model, ObjectNode delta, String finishReason) {
        ObjectNode choice = mapper.createObjectNode().put("index", 0);
        choice.set("delta", delta);
        choice.putNull("logprobs");
        if (finishReason == null) choice.putNull("finish_reason");
        else choice.put("finish_reason", finishReason);
        ObjectNode root = header(id, model, "chat.completion.chunk");
        root.putArray("choices").add(choice);
        return root;
    }

    ObjectNode usageChunk(String id, String model, Tokens tokens) {
        ObjectNode root = header(id, model, "chat.completion.chunk");
        root.putArray("choices");
        root.set("usage", usage(tokens));
        return root;
    }

    ObjectNode delta() {
        return mapper.createObjectNode();
    }

    /** The tool calls array; with {@code indexed} as stream deltas carry it (an index per call). */
    ArrayNode toolCalls(List<ScriptedToolCall> calls, boolean indexed) {
        ArrayNode array = mapper.createArrayNode();
        for (int i = 0; i < calls.size(); i++) {
            ScriptedToolCall call = calls.get(i);
            ObjectNode node = array.addObject();
            if (indexed) node.put("index", i);
            node.put("id", call.id()).put("type", "function");
            node.putObject("function").put("name", call.name()).put("arguments", call.arguments());
        }
        return array;
    }

    ObjectNode error(int status, String message, String code) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", message).put("type", errorType(status)).putNull("param");
        if (code == null) error.putNull("code");
        else error.put("code", code);
        return root;
    }

    ObjectNode models(String model) {
        ObjectNode root = mapper.createObjectNode().put("object", "list");
        root.putArray("data").addObject().put("id", model).put("object", "model").put("created", 0)
                .put("owned_by", "hermod-testing");
        return root;
    }

    static String finishReason(List<ScriptedToolCall> calls) {
        return calls.isEmpty() ? "stop" : "tool_calls";
    }

    private ObjectNode header(String id, String model, String object) {
        return mapper.createObjectNode().put("id", id).put("object", object)
                .put("created", System.currentTimeMillis() / 1000).put("model", model);
    }

    private ObjectNode usage(Tokens tokens) {
        ObjectNode usage = mapper.createObjectNode().put("prompt_tokens", tokens.prompt())
                .put("completion_tokens", tokens.completion())
                .put("total_tokens", tokens.prompt() + tokens.completion());
        usage.putObject("prompt_tokens_details").put("cached_tokens", tokens.cached());
        return usage;
    }

    private static String errorType(int status) {
        return switch (status) {
            case 401, 403 -> "authentication_error";
            case 429 -> "rate_limit_error";
            default -> status >= 500 ? "server_error" : "invalid_request_error";
        };
    }
}
