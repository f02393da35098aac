package dev.hermod.store.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.ToolCall;
import dev.hermod.api.session.NewSession;
import dev.hermod.api.tool.ToolResult;
import dev.hermod.api.tool.ToolSpec;

class SessionSearchToolTest {

    @TempDir Path home;
    private SqliteSessionStore store;
    private SessionSearchTool tool;
    private String compose;
    private String kettle;

    @BeforeEach
    void fill() {
        store = SqliteSessionStore.open(home.resolve("state.db"));
        tool = new SessionSearchTool(store);
        compose = store.create(new NewSession("cli/local", "cli", "", "m", "")).id();
        store.setTitle(compose, "Fixing docker compose");
        List<ChatMessage> messages = new ArrayList<>();
        for (int i = 1; i <= 10; i++) messages.add(new ChatMessage.User("filler message number " + i));
        messages.add(new ChatMessage.User("postgres will not start under docker compose"));
        messages.add(new ChatMessage.Assistant("Let me look.", List.of(new ToolCall("c1", "terminal", "{\"command\":\"docker ps\"}"))));
        messages.add(new ChatMessage.ToolResult("c1", "terminal", "CONTAINER ID   IMAGE   postgres:16 exited (1)"));
        messages.add(new ChatMessage.Assistant("The postgres volume is missing."));
        store.append(compose, messages);
        kettle = store.create(new NewSession("telegram/7", "telegram", "7", "m", "")).id();
        store.append(kettle, List.of(new ChatMessage.User("my kettle is blue, and docker is on my mind")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void specIsReadOnlyInItsOwnToolsetWithAValidSchema() throws Exception {
        ToolSpec spec = tool.spec();
        assertEquals("session_search", spec.name());
        assertEquals("session_search", spec.toolset());
        assertTrue(spec.readOnly());
        assertEquals(ToolSpec.Approval.NEVER, spec.approval());
        var schema = new ObjectMapper().readTree(spec.parameters());
        assertEquals("query", schema.path("required").get(0).asText());
        assertEquals(20, schema.path("properties").path("limit").path("maximum").asInt());
    }

    @Test
    void hitsAreGroupedBySessionWithIdsTitlesAndMarkedSnippets() {
        ToolResult result = call("{\"query\": \"postgres\"}", kettle);
        assertFalse(result.error());
        assertTrue(result.untrusted(), "transcripts carry text from outside");
        String text = result.content();
        assertTrue(text.contains("3 messages in 1 session"), text);
        assertTrue(text.contains("Session " + compose + " \"Fixing docker compose\" · cli/local · started "), text);
        assertTrue(text.contains("#11 user"), text);
        assertTrue(text.contains("[postgres]"), text);
        assertTrue(text.contains("around_seq"), text);
    }

    @Test
    void limitCountsSessionsAndTheCurrentSessionIsMarked() {
        String text = call("{\"query\": \"docker\", \"limit\": 1}", compose).content();
        assertTrue(text.contains("in 1 session"), text);
        String both = call("{\"query\": \"docker\"}", compose).content();
        assertTrue(both.contains(kettle) && both.contains(compose + " \"Fixing docker compose\""), both);
        assertTrue(both.contains("(this session)"), both);
    }

    @Test
    void searchCanBeRestrictedToASession() {
        String text = call("{\"query\": \"docker\", \"session_id\": \"" + kettle + "\"}", compose).content();
        assertTrue(text.contains(kettle) && !text.contains(compose), text);
        ToolResult missing = call("{\"query\": \"docker\", \"session_id\": \"nope\"}", compose);
        assertTrue(missing.error());
    }

    @Test
    void aroundSeqShowsTheNeighbourhoodOfAHit() {
        String text = call("{\"query\": \"postgres\", \"session_id\": \"" + compose + "\", \"around_seq\": 12, \"window\": 2}",
                compose).content();
        assertTrue(text.contains("Messages #10 to #14"), text);
        assertTrue(text.contains("> #12 assistant"), text);
        assertTrue(text.contains("called terminal {\"command\":\"docker ps\"}"), text);
        assertTrue(text.contains("#13 tool terminal"), text);
        assertFalse(text.contains("#9 "), text);
    }

    @Test
    void mistakesAreExplained() {
        assertTrue(call("{}", compose).content().contains("query is required"));
        assertTrue(call("not json", compose).content().contains("JSON object"));
        assertTrue(call("{\"query\": \"x\", \"limit\": \"many\"}", compose).content().contains("whole number"));
        assertTrue(call("{\"around_seq\": 3}", compose).content().contains("needs session_id"));
        assertTrue(call("{}", compose).error());
        String none = call("{\"query\": \"\\\" * - ()\"}", compose).content();
        assertTrue(none.contains("No past messages match"), none);
    }

    private ToolResult call(String arguments, String currentSession) {
        return tool.execute(arguments, new FakeToolContext(currentSession));
    }
}
