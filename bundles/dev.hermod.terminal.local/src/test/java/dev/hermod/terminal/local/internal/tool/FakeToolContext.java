package dev.hermod.terminal.local.internal.tool;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.hermod.api.agent.AgentRole;
import dev.hermod.api.tool.ApprovalDecision;
import dev.hermod.api.tool.ApprovalRequest;
import dev.hermod.api.tool.ToolContext;

/** A tool context whose approver answers with a fixed decision and records what it was asked. */
final class FakeToolContext implements ToolContext, AutoCloseable {

    final List<ApprovalRequest> asked = new ArrayList<>();
    private final Map<Class<?>, Object> state = new HashMap<>();
    private final Path workingDirectory;
    private final Path home;
    ApprovalDecision answer = ApprovalDecision.DENY;
    volatile boolean cancelled;

    FakeToolContext(Path workingDirectory, Path home) {
        this.workingDirectory = workingDirectory;
        this.home = home;
    }

    @Override public String sessionId() { return "session-1"; }
    @Override public String sessionKey() { return "cli/local"; }
    @Override public String platform() { return "cli"; }
    @Override public String userId() { return ""; }
    @Override public AgentRole role() { return AgentRole.PRIMARY; }
    @Override public Path workingDirectory() { return workingDirectory; }
    @Override public Path home() { return home; }
    @Override public boolean cancelled() { return cancelled; }
    @Override public void progress(String text) { }
    @Override public Optional<String> callId() { return Optional.empty(); }

    @Override
    public ApprovalDecision approve(ApprovalRequest request) {
        asked.add(request);
        return answer;
    }

    @Override
    public synchronized <T> T sessionState(Class<T> type, Supplier<T> create) {
        return type.cast(state.computeIfAbsent(type, t -> create.get()));
    }

    /** What the core does when the session ends: close the AutoCloseable session state. */
    @Override
    public void close() throws Exception {
        for (Object value : state.values()) if (value instanceof AutoCloseable closeable) closeable.close();
    }
}
