package dev.hermod.llm.openai.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EndpointSettingsTest {

    private static EndpointConfig config(String name, String baseUrl, String keyEnv, List<String> headers, boolean insecure) {
        return new EndpointConfig(name, baseUrl, "anthropic/claude-sonnet-4", keyEnv, 200_000, 90, 4096, 0.7, headers,
                insecure, "etc/hermod.llm.openai-" + name + ".cfg");
    }

    @Test
    void aMissingKeyVariableFailsWithWhatToDo() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EndpointSettings.resolve(
                config("openrouter", "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY", List.of(), false), n -> null));
        assertEquals("environment variable OPENROUTER_API_KEY is not set; export it or change api_key_env in"
                + " etc/hermod.llm.openai-openrouter.cfg", e.getMessage());
    }

    @Test
    void aBlankKeyVariableCountsAsMissing() {
        assertThrows(IllegalStateException.class, () -> EndpointSettings.resolve(
                config("openrouter", "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY", List.of(), false),
                Map.of("OPENROUTER_API_KEY", "  ")::get));
    }

    @Test
    void resolvesEverySetting() {
        EndpointSettings settings = EndpointSettings.resolve(config("openrouter", "https://openrouter.ai/api/v1/",
                " OPENROUTER_API_KEY ", List.of("X-Title: Hermod", "HTTP-Referer: https://hermod.dev"), false),
                Map.of("OPENROUTER_API_KEY", "sk-or-1")::get);
        assertEquals("openrouter", settings.name());
        assertEquals("https://openrouter.ai/api/v1", settings.baseUrl());
        assertEquals("sk-or-1", settings.apiKey().reveal());
        assertEquals(200_000, settings.contextWindow());
        assertEquals(Duration.ofSeconds(90), settings.timeout());
        assertEquals(4096, settings.maxOutputTokens());
        assertEquals(0.7, settings.temperature());
        assertEquals(Map.of("X-Title", "Hermod", "HTTP-Referer", "https://hermod.dev"), settings.headers());
    }

    @Test
    void aNegativeTemperatureMeansTheEndpointDefault() {
        EndpointConfig c = new EndpointConfig("local", "http://localhost:11434/v1", "llama3", "", 8192, 10, 0, -1,
                List.of(), false, "x");
        assertNull(EndpointSettings.resolve(c, n -> null).temperature());
    }

    @Test
    void refusesToSendAKeyInClearTextToAnotherMachine() {
        var env = Map.of("K", "sk-1");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> EndpointSettings.resolve(config("lan", "http://10.0.0.5:8000/v1", "K", List.of(), false), env::get));
        assertTrue(e.getMessage().contains("allow_insecure_http = true in etc/hermod.llm.openai-lan.cfg"), e.getMessage());
        EndpointSettings.resolve(config("lan", "http://10.0.0.5:8000/v1", "K", List.of(), true), env::get);
        EndpointSettings.resolve(config("lan", "http://127.0.0.1:8000/v1", "K", List.of(), false), env::get);
        EndpointSettings.resolve(config("lan", "http://10.0.0.5:8000/v1", "", List.of(), false), env::get);
    }

    @Test
    void reportsBadValuesWithTheFileToFix() {
        assertMessage(config("x", "ftp://host/v1", "", List.of(), false), "base_url must be an http or https URL");
        assertMessage(config("x", "https://user:pw@host/v1", "", List.of(), false), "without credentials");
        assertMessage(config("has space", "https://host/v1", "", List.of(), false), "name must be");
        assertMessage(config("x", "https://host/v1", "", List.of("no colon"), false), "'Name: value'");
        assertMessage(config("x", "https://host/v1", "", List.of("Host: evil"), false), "not a header");
        assertMessage(new EndpointConfig("x", "https://host/v1", " ", "", 1, 1, 0, -1, List.of(), false, "f.cfg"),
                "model is not set; set model in f.cfg");
        assertMessage(new EndpointConfig("x", "https://host/v1", "m", "", 0, 1, 0, -1, List.of(), false, "f.cfg"),
                "context_window");
    }

    @Test
    void readsTheComponentConfiguration() {
        OpenAiModelConfig config = Fixtures.modelConfig(Map.of("name", "openrouter", "model", "m",
                "headers", new String[] {"A: 1; B: 2", "C: 3"}));
        EndpointConfig endpoint = EndpointConfig.of(config);
        assertEquals("https://api.openai.com/v1", endpoint.baseUrl());
        assertEquals(128_000, endpoint.contextWindow());
        assertEquals(120, endpoint.timeoutSeconds());
        assertEquals(List.of("A: 1", "B: 2", "C: 3"), endpoint.headers());
        assertEquals("etc/hermod.llm.openai-openrouter.cfg", endpoint.origin());
    }

    private static void assertMessage(EndpointConfig config, String expected) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EndpointSettings.resolve(config, n -> null));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
