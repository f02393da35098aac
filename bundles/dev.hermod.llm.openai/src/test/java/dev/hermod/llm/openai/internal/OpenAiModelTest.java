package dev.hermod.llm.openai.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class OpenAiModelTest {
    private final RecordingPublisher publisher = new RecordingPublisher();
    private final OpenAiModelConfig config = Fixtures.modelConfig(Map.of("name", "openrouter",
            "base__url", "https://openrouter.ai/api/v1", "model", "anthropic/claude-sonnet-4",
            "api__key__env", "OPENROUTER_API_KEY"));

    @Test
    void registersTheModelUnderItsName() {
        OpenAiModel component = new OpenAiModel(config, publisher, Map.of("OPENROUTER_API_KEY", "sk-or")::get);
        RecordingPublisher.Registered registered = publisher.live.get(0);
        assertEquals(Map.of("hermod.llm.name", "openrouter", "service.ranking", 0), registered.properties());
        assertEquals("openrouter", registered.model().name());
        assertEquals("anthropic/claude-sonnet-4", registered.model().info().model());
        component.deactivate();
        assertTrue(publisher.live.isEmpty());
    }

    @Test
    void failsActivationAndRegistersNothingWithoutItsKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new OpenAiModel(config, publisher, name -> null));
        assertEquals("environment variable OPENROUTER_API_KEY is not set; export it or change api_key_env in"
                + " etc/hermod.llm.openai-openrouter.cfg", e.getMessage());
        assertEquals(0, publisher.publications);
    }
}
