package dev.hermod.tools.todo.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import dev.hermod.api.agent.AgentRole;
import dev.hermod.api.tool.ApprovalDecision;
import dev.hermod.api.tool.ApprovalRequest;
import dev.hermod.api.tool.ToolContext;
import dev.hermod.api.tool.ToolResult;

class TodoToolTest {

    /** Just enough context: the per-session state map. */
    static final class Session implements ToolContext {
        final Map<Class<?>, Object> state = new HashMap<>();
        @Override public String sessionId() { return "s"; }
        @Override public String sessionKey() { return "cli/local"; }
        @Override public String platform() { return "cli"; }
        @Override public String userId() { return ""; }
        @Override public AgentRole role() { return AgentRole.PRIMARY; }
        @Override public Path workingDirectory() { return Path.of("."); }
        @Override public Path home() { return Path.of("."); }
        @Override public ApprovalDecision approve(ApprovalRequest r) { return ApprovalDecision.DENY; }
        @Override public boolean cancelled() { return false; }
        @Override public void progress(String text) {}
        @SuppressWarnings("unchecked")
        @Override public <T> T sessionState(Class<T> type, Supplier<T> create) { return (T) state.computeIfAbsent(type, t -> create.get()); }
        @Override public Optional<String> callId() { return Optional.empty(); }
    }

    final TodoTool tool = new TodoTool();

    @Test
    void replacesMergesAndReadsTheListOfOneSession() throws Exception {
        Session s = new Session();
        tool.execute("""
                {"todos":[{"id":"1","content":"build","status":"in_progress"},{"id":"2","content":"test","status":"pending"}]}""", s);
        ToolResult merged = tool.execute("""
                {"merge":true,"todos":[{"id":"1","content":"","status":"completed"},{"id":"3","content":"ship","status":"pending"}]}""", s);

        assertEquals("Tasks (1/3 done):\n[x] 1. build\n[ ] 2. test\n[ ] 3. ship", merged.content());
        assertEquals(merged.content(), tool.execute("{}", s).content());
        assertEquals("The task list is empty.", tool.execute("{}", new Session()).content(), "lists are per session");
    }

    @Test
    void rejectsUnknownStatusesWithTheAllowedOnes() throws Exception {
        ToolResult r = tool.execute("{\"todos\":[{\"id\":\"1\",\"content\":\"x\",\"status\":\"done\"}]}", new Session());
        assertTrue(r.error());
        assertTrue(r.content().contains("unknown status 'done'"), r.content());
    }
}
