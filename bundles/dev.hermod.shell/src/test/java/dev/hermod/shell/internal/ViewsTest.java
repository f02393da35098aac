package dev.hermod.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;

import dev.hermod.api.agent.RuntimeStatus;
import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.ChatModel;
import dev.hermod.api.llm.ModelInfo;
import dev.hermod.api.llm.ToolCall;
import dev.hermod.api.llm.Usage;
import dev.hermod.api.session.SessionInfo;
import dev.hermod.api.session.StoredMessage;
import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolSpec;

class ViewsTest {
    static final Instant T = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void tablesPadColumnsAndCutLongCells() {
        String table = new TextTable("A", "LONGER").row("x", 1).row("yyyy", "z".repeat(80)).toString();
        assertEquals("A     LONGER\nx     1\nyyyy  " + "z".repeat(59) + "…\n", table);
    }

    @Test
    void statusListsCountsAndProblems() {
        String text = StatusView.format(new RuntimeStatus("/h", "", List.of(), List.of("read_file", "terminal"), List.of("builtin"),
                List.of(), 0, 3, List.of("memory provider honcho is down")));
        assertTrue(text.contains("primary model    none (run `hermod setup`)"), text);
        assertTrue(text.contains("tools            2: read_file, terminal"), text);
        assertTrue(text.contains("problems         1\n  ✗ memory provider honcho is down"), text);
    }

    @Test
    void transcriptsAbbreviateToolTraffic() {
        SessionInfo info = new SessionInfo("s1", "cli/local", "cli", "", "default", "Fix the build", "", T, T, 4,
                new Usage(100, 20, 0), 0.0);
        List<StoredMessage> messages = List.of(
                new StoredMessage("s1", 1, new ChatMessage.User("why does the build fail?"), T),
                new StoredMessage("s1", 2, new ChatMessage.Assistant("", List.of(new ToolCall("c1", "terminal",
                        "{\"command\":\"mvn -o verify " + "-q ".repeat(60) + "\"}"))), T),
                new StoredMessage("s1", 3, new ChatMessage.ToolResult("c1", "terminal", "E".repeat(500)), T),
                new StoredMessage("s1", 4, new ChatMessage.Assistant("A test fails.\nFix: update the snapshot."), T));
        String text = SessionViews.transcript(info, messages);
        assertTrue(text.startsWith("session  s1  \"Fix the build\"\nkey      cli/local  (platform cli)\n"), text);
        assertTrue(text.contains("usage    4 messages, 120 tokens\n"), text);
        assertTrue(text.contains("#2 assistant"), text);
        assertTrue(text.contains("  → terminal {\"command\":\"mvn -o verify -q"), text);
        assertTrue(text.contains("#3 tool terminal"), text);
        assertTrue(text.contains("  " + "E".repeat(199) + "…\n"), "tool results are cut to 200 characters");
        assertTrue(text.contains("  A test fails.\n  Fix: update the snapshot.\n"), "answers are shown whole");
    }

    @Test
    void sessionListHasOneRowPerSession() {
        String text = SessionViews.list(List.of(new SessionInfo("s1", "telegram/42", "telegram", "7", "fast", "", "", T, T, 12,
                new Usage(1000, 234, 0), 0)));
        assertTrue(text.startsWith("ID  KEY          MODEL  MESSAGES  TOKENS  UPDATED\ns1  telegram/42  fast   12        1234"), text);
        assertEquals("no sessions yet\n", SessionViews.list(List.of()));
    }

    @Test
    void aThrowingPluginShowsItsErrorInItsRow() {
        Tool good = tool(new ToolSpec("read_file", "", null, "file", true, ToolSpec.Approval.NEVER));
        Tool bad = new Tool() {
            @Override public ToolSpec spec() { throw new IllegalStateException("not ready"); }
            @Override public dev.hermod.api.tool.ToolResult execute(String a, dev.hermod.api.tool.ToolContext c) { return null; }
        };
        String text = ServiceViews.tools(List.of(new Registered<>(bad, Map.of(), "broken.bundle"),
                new Registered<>(good, Map.of(), "dev.hermod.tools.file")));
        assertTrue(text.contains("read_file  file     yes        never             dev.hermod.tools.file"), text);
        assertTrue(text.contains("error: not ready"), text);
    }

    @Test
    void providersShowModelEndpointAndRanking() {
        ChatModel model = new ChatModel() {
            @Override public String name() { return "router"; }
            @Override public ModelInfo info() { return new ModelInfo("openai-compatible", "anthropic/claude-sonnet-4", 200000, "https://openrouter.ai/api/v1"); }
            @Override public java.util.concurrent.CompletionStage<dev.hermod.api.llm.ChatResponse> chat(
                    dev.hermod.api.llm.ChatRequest r, dev.hermod.api.llm.StreamListener l) { return null; }
        };
        String text = ServiceViews.providers(List.of(new Registered<>(model, Map.of(Constants.SERVICE_RANKING, 10), "dev.hermod.llm.openai")));
        assertTrue(text.contains("router  anthropic/claude-sonnet-4  https://openrouter.ai/api/v1  200000   10"), text);
        assertTrue(ServiceViews.providers(List.of()).contains("run `hermod setup`"));
    }

    private static Tool tool(ToolSpec spec) {
        return new Tool() {
            @Override public ToolSpec spec() { return spec; }
            @Override public dev.hermod.api.tool.ToolResult execute(String a, dev.hermod.api.tool.ToolContext c) { return null; }
        };
    }
}
