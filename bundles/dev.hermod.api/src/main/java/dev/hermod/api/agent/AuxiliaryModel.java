package dev.hermod.api.agent;

import org.osgi.annotation.versioning.ProviderType;

import dev.hermod.api.llm.ChatRequest;
import dev.hermod.api.llm.ChatResponse;

/**
 * The runtime's configured model for background work outside any conversation (skill review,
 * reflection, curation): the primary provider with its retries and fallback chain. Provided by the
 * core. Calls block; run them off the person's turn.
 */
@ProviderType
public interface AuxiliaryModel {

    /**
     * Runs one completion.
     *
     * @param purpose a short label for logs and usage accounting ({@code skill-review})
     * @throws dev.hermod.api.llm.ModelException when every provider failed or none is configured
     */
    ChatResponse complete(ChatRequest request, String purpose);
}
