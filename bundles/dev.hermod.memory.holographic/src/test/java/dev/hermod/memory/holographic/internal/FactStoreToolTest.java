package dev.hermod.memory.holographic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolResult;
import dev.hermod.api.tool.ToolSpec;

class FactStoreToolTest {

    @TempDir Path home;
    private HolographicMemory memory;
    private Tool store;
    private Tool feedback;

    @BeforeEach
    void open() {
        memory = new HolographicMemory(MemorySettings.defaults(home.resolve("h.db")), Clock.systemUTC());
        store = memory.tools().get(0);
        feedback = memory.tools().get(1);
    }

    @AfterEach
    void close() {
        memory.close();
    }

    @Test
    void specsAreValidSchemas() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ToolSpec spec = store.spec();
        assertEquals("memory", spec.toolset());
        assertEquals(ToolSpec.Approval.NEVER, spec.approval());
        assertEquals("[\"add\",\"search\",\"probe\",\"related\",\"reason\",\"contradict\",\"update\",\"remove\",\"list\"]",
                json.readTree(spec.parameters()).path("properties").path("action").path("enum").toString());
        assertEquals("[\"fact_id\",\"helpful\"]", json.readTree(feedback.spec().parameters()).path("required").toString());
    }

    @Test
    void argumentMistakesAreExplained() throws Exception {
        assertError(store, "{oops", "must be a JSON object");
        assertError(store, "[1]", "must be a JSON object");
        assertError(store, "{}", "action is required");
        assertError(store, "{\"action\":\"forget\"}", "Unknown action 'forget'");
        assertError(store, "{\"action\":\"add\"}", "text is required for add");
        assertError(store, "{\"action\":\"add\",\"text\":42}", "text must be a string");
        assertError(store, "{\"action\":\"add\",\"text\":\"" + "x".repeat(2001) + "\"}", "at most 2000");
        assertError(store, "{\"action\":\"search\"}", "query is required for search");
        assertError(store, "{\"action\":\"probe\"}", "entity is required for probe");
        assertError(store, "{\"action\":\"related\"}", "exactly one of fact_id or entity");
        assertError(store, "{\"action\":\"reason\",\"entities\":[\"Ann\"]}", "at least 2 entity names");
        assertError(store, "{\"action\":\"reason\",\"entities\":\"Ann\"}", "an array of at least 2");
        assertError(store, "{\"action\":\"update\",\"text\":\"x\"}", "fact_id is required for update");
        assertError(store, "{\"action\":\"remove\",\"fact_id\":\"7\"}", "fact_id must be a positive integer");
        assertError(store, "{\"action\":\"remove\",\"fact_id\":0}", "fact_id must be a positive integer");
        assertError(store, "{\"action\":\"remove\",\"fact_id\":99}", "No fact #99");
        assertError(store, "{\"action\":\"list\",\"limit\":500}", "limit must be an integer from 1 to 100");
        assertError(feedback, "{\"fact_id\":1}", "helpful is required");
        assertError(feedback, "{\"fact_id\":1,\"helpful\":\"yes\"}", "helpful must be true or false");
        assertError(feedback, "{\"helpful\":true}", "fact_id is required");
    }

    @Test
    void probeRelatedAndReasonFollowEntities() throws Exception {
        ok("{\"action\":\"add\",\"text\":\"Hannah works at Acme Corp in Oslo\"}");
        ok("{\"action\":\"add\",\"text\":\"Hannah owns a dog named Rex\"}");
        ok("{\"action\":\"add\",\"text\":\"Acme Corp ships the Widget app\"}");
        ok("{\"action\":\"add\",\"text\":\"Oslo is cold in winter\"}");

        String probe = ok("{\"action\":\"probe\",\"entity\":\"hannah\"}");
        assertTrue(probe.contains("#1") && probe.contains("#2") && !probe.contains("#3") && !probe.contains("#4"), probe);

        String relatedToFact = ok("{\"action\":\"related\",\"fact_id\":1}");
        assertTrue(relatedToFact.contains("#2") && relatedToFact.contains("#3") && relatedToFact.contains("#4"), relatedToFact);
        assertFalse(relatedToFact.contains("#1,"), relatedToFact);

        String relatedToRex = ok("{\"action\":\"related\",\"entity\":\"Rex\"}");
        assertTrue(relatedToRex.contains("#1") && !relatedToRex.contains("#2,"), "one hop out through Hannah: " + relatedToRex);

        String reason = ok("{\"action\":\"reason\",\"entities\":[\"Hannah\",\"Oslo\"]}");
        assertTrue(reason.startsWith("[fact #1,") && !reason.contains("#4"), reason);
        assertTrue(reason.contains("{Hannah; Acme Corp; Oslo}"), reason);

        String none = ok("{\"action\":\"reason\",\"entities\":[\"Rex\",\"Widget\"]}");
        assertTrue(none.startsWith("No fact links Rex, Widget directly.") && none.contains("#2") && none.contains("#3"), none);
    }

    @Test
    void searchRanksAndListPages() throws Exception {
        ok("{\"action\":\"add\",\"text\":\"Ivan prefers Python for scripts\"}");
        ok("{\"action\":\"add\",\"text\":\"Ivan's team deploys with Kubernetes\"}");
        ok("{\"action\":\"add\",\"text\":\"Lunch is at noon\"}");
        String found = ok("{\"action\":\"search\",\"query\":\"which language does Ivan prefer for scripts\"}");
        assertTrue(found.startsWith("[fact #1, trust 0.50, score "), found);
        assertFalse(found.contains("Lunch"), found);
        String page = ok("{\"action\":\"list\",\"limit\":2,\"offset\":1}");
        assertTrue(page.startsWith("Facts 2-3 of 3, newest first:") && page.contains("#2") && page.contains("#1"), page);
    }

    private String ok(String arguments) throws Exception {
        ToolResult result = store.execute(arguments, FakeToolContext.cli());
        assertFalse(result.error(), result.content());
        return result.content();
    }

    private static void assertError(Tool tool, String arguments, String expected) throws Exception {
        ToolResult result = tool.execute(arguments, FakeToolContext.cli());
        assertTrue(result.error(), arguments + " -> " + result.content());
        assertTrue(result.content().contains(expected), arguments + " -> " + result.content());
    }
}
