package dev.hermod.api.llm;

import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A chat-completion model with tool calling: one configured endpoint of one provider.
 *
 * <p>Registered as an OSGi service with the {@code hermod.llm.name} property
 * ({@link dev.hermod.api.propertytypes.HermodModel}); the core builds its provider chain from
 * those names. Implementations are thread-safe: many sessions call {@link #chat} at once.
 * Failures complete the stage exceptionally with a {@link ModelException}, whose
 * {@link ModelException.Kind} tells the core whether to retry or fall back.
 */
@ConsumerType
public interface ChatModel {

    /** The configured name of this endpoint, unique among models; never null. */
    String name();

    /** What the model is and how much it can read; never null. */
    ModelInfo info();

    /**
     * Sends one request.
     *
     * @param request the conversation, tools and options; never null
     * @param listener receives text as it streams, or {@code null} for a non-streaming call;
     *        called from a provider thread, never concurrently for one request
     * @return the complete response once the model has finished
     */
    CompletionStage<ChatResponse> chat(ChatRequest request, StreamListener listener);
}
