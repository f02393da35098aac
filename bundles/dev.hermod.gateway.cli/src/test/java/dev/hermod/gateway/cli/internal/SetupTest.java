package dev.hermod.gateway.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetupTest {
    @TempDir Path home;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final Map<String, String> env = Map.of("OPENROUTER_API_KEY", "sk-or-secret");

    private int setup(String answers, String... args) throws Exception {
        Prompter prompter = new Prompter(new BufferedReader(new StringReader(answers)), new PrintWriter(out, true));
        return new Setup(home, prompter, new PrintWriter(out, true), new PrintWriter(err, true), env::get)
                .run(SetupArgs.parse(args));
    }

    private Properties written(String name) throws Exception {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(home.resolve("etc/hermod.llm.openai-" + name + ".cfg"))) {
            p.load(in);
        }
        return p;
    }

    @Test
    void scriptedSetupWritesTheFactoryConfiguration() throws Exception {
        assertEquals(0, setup("", "--name", "router", "--base-url", "https://openrouter.ai/api/v1",
                "--model", "anthropic/claude-sonnet-4", "--api-key-env", "OPENROUTER_API_KEY", "--context-window", "200000"));
        Properties p = written("router");
        assertEquals(Map.of("name", "router", "base_url", "https://openrouter.ai/api/v1", "model", "anthropic/claude-sonnet-4",
                "api_key_env", "OPENROUTER_API_KEY", "context_window", "200000"), p);
        assertTrue(out.toString().contains("hermod chat -q \"hello\""));
        assertFalse(out.toString().contains("sk-or-secret"), "the key value is never shown");
        assertFalse(out.toString().contains("warning"), "the variable is set");
    }

    @Test
    void scriptedSetupUsesDefaultsAndWarnsAboutAnUnsetKeyVariable() throws Exception {
        assertEquals(0, setup("", "--base-url", "https://api.example.com/v1", "--model", "m1", "--api-key-env", "EXAMPLE_KEY"));
        Properties p = written("default");
        assertEquals("128000", p.getProperty("context_window"));
        assertTrue(out.toString().contains("warning: EXAMPLE_KEY is not set in this shell"));
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        String[] args = {"--base-url", "http://127.0.0.1:11434/v1", "--model", "qwen3:8b"};
        assertEquals(0, setup("", args));
        Files.writeString(home.resolve("etc/hermod.llm.openai-default.cfg"), "edited by hand\n");
        assertEquals(1, setup("", args));
        assertTrue(err.toString().contains("already exists; pass --force"));
        assertEquals("edited by hand\n", Files.readString(home.resolve("etc/hermod.llm.openai-default.cfg")));
        assertEquals(0, setup("", "--force", "--base-url", "http://127.0.0.1:11434/v1", "--model", "qwen3:8b"));
        assertEquals("qwen3:8b", written("default").getProperty("model"));
    }

    @Test
    void wizardAsksStepByStepWithPresets() throws Exception {
        // name, preset 2 (Ollama), model, key variable (default none), context window
        assertEquals(0, setup("local\n2\nqwen3:8b\n\n32768\n"));
        Properties p = written("local");
        assertEquals("http://127.0.0.1:11434/v1", p.getProperty("base_url"));
        assertEquals("", p.getProperty("api_key_env"));
        assertEquals("32768", p.getProperty("context_window"));
        assertTrue(out.toString().contains("no API key is sent"));
    }

    @Test
    void wizardAsksAgainAfterAWrongAnswerAndRefusesAPastedKey() throws Exception {
        // preset 9 is wrong, then OpenRouter; then a pasted key, then the variable name
        assertEquals(0, setup("\n9\n1\nopenai/gpt-4.1\nsk-or-v1-abc123\nOPENROUTER_API_KEY\n\n"));
        assertTrue(out.toString().contains("choose a number from 1 to 5"));
        assertTrue(out.toString().contains("never the key itself"));
        assertEquals("OPENROUTER_API_KEY", written("default").getProperty("api_key_env"));
    }

    @Test
    void wizardConfirmsBeforeOverwriting() throws Exception {
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc/hermod.llm.openai-default.cfg"), "keep me\n");
        assertEquals(1, setup("\n1\nm\n\n\nn\n"));
        assertEquals("keep me\n", Files.readString(home.resolve("etc/hermod.llm.openai-default.cfg")));
        assertEquals(0, setup("\n1\nm\n\n\ny\n"));
        assertEquals("m", written("default").getProperty("model"));
    }

    @Test
    void wrongValuesAreUsageErrors() throws Exception {
        assertEquals(2, setup("", "--base-url", "ftp://x", "--model", "m"));
        assertTrue(err.toString().contains("http:// or https://"));
        assertEquals(2, setup("", "--base-url", "https://x/v1", "--model", "m", "--context-window", "lots"));
        assertEquals(2, setup("", "--name", "My Endpoint", "--base-url", "https://x/v1", "--model", "m"));
        assertEquals(2, setup("", "--name", "x"), "input ends before the wizard is done");
        assertTrue(err.toString().contains("input ended"));
        assertThrows(UsageException.class, () -> SetupArgs.parse("--base-url"));
        assertThrows(UsageException.class, () -> SetupArgs.parse("--verbose"));
    }
}
