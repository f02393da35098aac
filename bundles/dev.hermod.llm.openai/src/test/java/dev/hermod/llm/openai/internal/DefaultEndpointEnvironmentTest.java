package dev.hermod.llm.openai.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.hermod.llm.openai.internal.DefaultEndpointEnvironment.Decision;

class DefaultEndpointEnvironmentTest {

    private static Decision decide(Map<String, String> env) {
        return DefaultEndpointEnvironment.decide(env::get);
    }

    @Test
    void needsHermodModel() {
        Decision d = decide(Map.of("OPENAI_API_KEY", "sk-1"));
        assertFalse(d.available());
        assertEquals("HERMOD_MODEL is not set", d.reason());
    }

    @Test
    void anApiKeyAloneMeansOpenAi() {
        Decision d = decide(Map.of("HERMOD_MODEL", "gpt-4.1", "OPENAI_API_KEY", "sk-1"));
        assertTrue(d.available());
        assertEquals("https://api.openai.com/v1", d.config().baseUrl());
        assertEquals("OPENAI_API_KEY", d.config().apiKeyEnv());
        assertEquals("gpt-4.1", d.config().model());
        assertEquals("default", d.config().name());
        assertEquals(128_000, d.config().contextWindow());
    }

    @Test
    void aBaseUrlAloneIsAKeylessLocalServer() {
        Decision d = decide(Map.of("HERMOD_MODEL", "llama3", "OPENAI_BASE_URL", "http://127.0.0.1:11434/v1",
                "HERMOD_CONTEXT_WINDOW", "8192"));
        assertTrue(d.available());
        assertEquals("http://127.0.0.1:11434/v1", d.config().baseUrl());
        assertEquals("", d.config().apiKeyEnv());
        assertEquals(8192, d.config().contextWindow());
        EndpointSettings settings = EndpointSettings.resolve(d.config(), n -> null);
        assertFalse(settings.apiKey().isPresent());
    }

    @Test
    void neitherBaseUrlNorKeyMeansNoDefault() {
        Decision d = decide(Map.of("HERMOD_MODEL", "llama3"));
        assertFalse(d.available());
        assertEquals("neither OPENAI_BASE_URL nor OPENAI_API_KEY is set", d.reason());
    }

    @Test
    void aBadContextWindowIsReported() {
        Decision d = decide(Map.of("HERMOD_MODEL", "m", "OPENAI_API_KEY", "k", "HERMOD_CONTEXT_WINDOW", "lots"));
        assertFalse(d.available());
        assertTrue(d.reason().contains("HERMOD_CONTEXT_WINDOW"), d.reason());
    }
}
