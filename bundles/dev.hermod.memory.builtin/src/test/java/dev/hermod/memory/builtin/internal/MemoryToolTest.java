package dev.hermod.memory.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hermod.api.tool.ToolResult;
import dev.hermod.api.tool.ToolSpec;

class MemoryToolTest {

    @TempDir Path home;
    private MemoryTool tool;

    @BeforeEach
    void start() {
        tool = new MemoryTool(new BuiltinMemory(home, MemoryLimits.DEFAULTS, true));
    }

    @Test
    void specMatchesTheHermesTool() throws Exception {
        ToolSpec spec = tool.spec();
        assertEquals("memory", spec.name());
        assertEquals("memory", spec.toolset());
        assertFalse(spec.readOnly());
        assertEquals(ToolSpec.Approval.NEVER, spec.approval());
        var schema = new ObjectMapper().readTree(spec.parameters());
        assertEquals("[\"add\",\"replace\",\"remove\",\"consolidate\"]", schema.path("properties").path("action").path("enum").toString());
        assertEquals("[\"memory\",\"user\"]", schema.path("properties").path("target").path("enum").toString());
        assertTrue(schema.path("properties").has("old_text"));
        assertTrue(schema.path("properties").has("entries"));
        assertTrue(schema.path("properties").has("reason"));
    }

    @Test
    void mistakesAreExplained() {
        assertError("{\"action\":\"append\",\"target\":\"memory\",\"content\":\"x\"}", "Unknown action 'append': use add, replace, remove or consolidate");
        assertError("{\"target\":\"memory\",\"content\":\"x\"}", "action is required");
        assertError("{\"action\":\"add\",\"target\":\"notes\",\"content\":\"x\"}", "Unknown target 'notes': use memory");
        assertError("{\"action\":\"add\",\"content\":\"x\"}", "target is required");
        assertError("{\"action\":\"add\",\"target\":\"memory\"}", "content is required for add");
        assertError("{\"action\":\"replace\",\"target\":\"memory\",\"content\":\"x\"}", "old_text is required for replace");
        assertError("{\"action\":\"remove\",\"target\":\"user\"}", "old_text is required for remove");
        assertError("{\"action\":\"add\",\"target\":\"memory\",\"content\":42}", "content must be a string");
        assertError("[1]", "JSON object");
        assertError("{oops", "JSON object");
        assertError("{\"action\":\"consolidate\",\"target\":\"memory\"}", "entries is required for consolidate");
        assertError("{\"action\":\"consolidate\",\"target\":\"memory\",\"entries\":[\"a\",1]}", "only strings");
        assertError("{\"action\":\"consolidate\",\"target\":\"memory\",\"entries\":[\" \"]}", "non-empty strings");
        assertError("{\"action\":\"remove\",\"target\":\"user\",\"old_text\":\"nothing\"}", "No entry in USER.md contains");
    }

    private void assertError(String arguments, String expected) {
        ToolResult result = tool.execute(arguments, new FakeToolContext("s"));
        assertTrue(result.error(), arguments);
        assertTrue(result.content().contains(expected), result.content());
    }
}
