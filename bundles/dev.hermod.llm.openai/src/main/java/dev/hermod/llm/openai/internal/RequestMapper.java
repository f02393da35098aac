package dev.hermod.llm.openai.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.ChatRequest;
import dev.hermod.api.llm.ModelException;
import dev.hermod.api.llm.ToolCall;
import dev.hermod.api.tool.ToolSpec;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;

/** Maps Hermod's vendor-neutral request to a LangChain4j request for one endpoint. Thread-safe. */
final class RequestMapper {
    /** Enough for every tool of a few toolsets; cleared when full, since tool sets change rarely. */
    private static final int TOOL_CACHE_LIMIT = 512;

    private final EndpointSettings settings;
    private final JsonSchemaConverter schemas;
    private final Map<ToolSpec, ToolSpecification> tools = new ConcurrentHashMap<>();

    RequestMapper(EndpointSettings settings, JsonSchemaConverter schemas) {
        this.settings = settings;
        this.schemas = schemas;
    }

    /** @throws ModelException of kind BAD_REQUEST when a tool's schema cannot be converted */
    dev.langchain4j.model.chat.request.ChatRequest toLangChain(ChatRequest request) {
        List<dev.langchain4j.data.message.ChatMessage> messages = new ArrayList<>();
        for (ChatMessage message : request.messages()) {
            if (message instanceof ChatMessage.System system && system.text().isBlank()) continue;
            messages.add(message(message));
        }
        OpenAiChatRequestParameters.Builder parameters = OpenAiChatRequestParameters.builder().modelName(settings.model());
        if (!request.tools().isEmpty()) parameters.toolSpecifications(request.tools().stream().map(this::tool).toList());
        int maxOutput = request.maxOutputTokens() > 0 ? request.maxOutputTokens() : settings.maxOutputTokens();
        if (maxOutput > 0) parameters.maxOutputTokens(maxOutput);
        Double temperature = request.temperature() != null ? request.temperature() : settings.temperature();
        if (temperature != null) parameters.temperature(temperature);
        return dev.langchain4j.model.chat.request.ChatRequest.builder().messages(messages).parameters(parameters.build())
                .build();
    }

    private static dev.langchain4j.data.message.ChatMessage message(ChatMessage message) {
        return switch (message) {
            case ChatMessage.System system -> SystemMessage.from(system.text());
            case ChatMessage.User user -> UserMessage.from(user.text());
            case ChatMessage.Assistant assistant -> assistant(assistant);
            case ChatMessage.ToolResult result ->
                    ToolExecutionResultMessage.from(result.toolCallId(), result.toolName(), result.text());
        };
    }

    private static AiMessage assistant(ChatMessage.Assistant assistant) {
        if (!assistant.hasToolCalls()) return AiMessage.from(assistant.text());
        List<ToolExecutionRequest> calls = new ArrayList<>();
        for (ToolCall call : assistant.toolCalls()) {
            calls.add(ToolExecutionRequest.builder().id(call.id()).name(call.name()).arguments(call.arguments()).build());
        }
        return AiMessage.builder().text(assistant.text().isEmpty() ? null : assistant.text())
                .toolExecutionRequests(calls).build();
    }

    private ToolSpecification tool(ToolSpec spec) {
        ToolSpecification cached = tools.get(spec);
        if (cached != null) return cached;
        ToolSpecification converted;
        try {
            converted = ToolSpecification.builder().name(spec.name()).description(spec.description())
                    .parameters(schemas.toObjectSchema(spec.parameters())).build();
        } catch (IllegalArgumentException e) {
            throw new ModelException(ModelException.Kind.BAD_REQUEST, "tool " + spec.name() + " cannot be offered to "
                    + settings.name() + ": " + e.getMessage(), e);
        }
        if (tools.size() >= TOOL_CACHE_LIMIT) tools.clear();
        tools.put(spec, converted);
        return converted;
    }
}
