package dev.hermod.testing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Runs {@link ScriptedModelServer#main} in its own JVM, as an end-to-end test would. */
class StandaloneServerTest {

    @Test
    void playsAScriptFileAndRecordsRequestsToJsonLines(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("script.json"), """
                {"replies": [{"tool_calls": [{"name": "terminal", "arguments": {"command": "echo hi"}}]},
                             {"text": "done"}],
                 "when_empty": {"text": "ok"}}""");
        Path record = dir.resolve("requests.jsonl");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ScriptedModelServer.class.getName(), "--script", script.toString(), "--record", record.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String ready = out.readLine();
            assertTrue(ready != null && ready.startsWith("READY http://127.0.0.1:"), String.valueOf(ready));
            Client client = new Client(ready.substring("READY ".length()));
            JsonNode first = client.json(client.post(Client.chatBody(false, false), Duration.ofSeconds(10),
                    "Authorization", "Bearer sk-secret-value"));
            assertEquals("terminal", first.path("choices").get(0).path("message").path("tool_calls").get(0)
                    .path("function").path("name").asText());
            assertEquals("done", client.json(client.post(Client.chatBody(false, false)))
                    .path("choices").get(0).path("message").path("content").asText());
            assertEquals("ok", client.json(client.post(Client.chatBody(false, false)))
                    .path("choices").get(0).path("message").path("content").asText());
        } finally {
            process.destroy();
            process.waitFor();
        }
        List<String> lines = Files.readAllLines(record);
        assertEquals(3, lines.size());
        JsonNode line = new Client("unused").mapper.readTree(lines.get(0));
        assertEquals("/v1/chat/completions", line.path("path").asText());
        assertEquals("say hi", line.path("body").path("messages").get(1).path("content").asText());
        assertFalse(lines.get(0).contains("sk-secret-value"), "the record file never holds the key");
    }
}
