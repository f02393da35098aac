package dev.hermod.llm.openai.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.ChatResponse;
import dev.hermod.api.llm.ToolCall;
import dev.hermod.api.llm.Usage;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;

/** Maps LangChain4j's answer back to Hermod's vendor-neutral response. */
final class ResponseMapper {

    ChatResponse toHermod(dev.langchain4j.model.chat.response.ChatResponse response) {
        AiMessage message = response.aiMessage();
        List<ToolCall> calls = new ArrayList<>();
        if (message.hasToolExecutionRequests()) {
            for (ToolExecutionRequest request : message.toolExecutionRequests()) {
                // a few servers (older Ollama) send no call id; the result must still name one
                String id = request.id() == null || request.id().isBlank()
                        ? "call_" + UUID.randomUUID().toString().substring(0, 8) : request.id();
                calls.add(new ToolCall(id, request.name(), request.arguments()));
            }
        }
        String text = message.text() == null ? "" : message.text();
        return new ChatResponse(new ChatMessage.Assistant(text, calls), usage(response.tokenUsage()),
                finishReason(response.finishReason()), response.modelName());
    }

    static Usage usage(TokenUsage usage) {
        if (usage == null) return Usage.NONE;
        long cached = 0;
        if (usage instanceof OpenAiTokenUsage openAi && openAi.inputTokensDetails() != null
                && openAi.inputTokensDetails().cachedTokens() != null) {
            cached = openAi.inputTokensDetails().cachedTokens();
        }
        return new Usage(count(usage.inputTokenCount()), count(usage.outputTokenCount()), cached);
    }

    /** The finish reason as OpenAI spells it. */
    static String finishReason(FinishReason reason) {
        if (reason == null) return "";
        return switch (reason) {
            case STOP -> "stop";
            case LENGTH -> "length";
            case TOOL_EXECUTION -> "tool_calls";
            case CONTENT_FILTER -> "content_filter";
            default -> reason.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static long count(Integer tokens) {
        return tokens == null || tokens < 0 ? 0 : tokens;
    }
}
