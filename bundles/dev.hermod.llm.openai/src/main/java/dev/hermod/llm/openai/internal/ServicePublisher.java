package dev.hermod.llm.openai.internal;

import java.util.Map;

import dev.hermod.api.llm.ChatModel;

/** Registers a model as an OSGi service; a seam so the components can be tested without a framework. */
interface ServicePublisher {

    /** A registered model; {@link #withdraw} unregisters it (idempotent). */
    interface Publication {
        void withdraw();
    }

    Publication publish(ChatModel model, Map<String, Object> properties);

    /** The service properties of an endpoint: its name and its ranking. */
    static Map<String, Object> properties(String name, int ranking) {
        return Map.of("hermod.llm.name", name, "service.ranking", ranking);
    }
}
