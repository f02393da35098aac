package dev.hermod.bench.memory;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import dev.hermod.api.agent.AgentRole;
import dev.hermod.api.tool.ApprovalDecision;
import dev.hermod.api.tool.ApprovalRequest;
import dev.hermod.api.tool.ToolContext;

/** The context of a tool call by the local CLI user of session {@code sessionId}; approvals are denied. */
record BenchToolContext(String sessionId, String sessionKey, Path home) implements ToolContext {
    @Override public String platform() { return MemoryHome.PLATFORM; }
    @Override public String userId() { return ""; }
    @Override public AgentRole role() { return AgentRole.PRIMARY; }
    @Override public Path workingDirectory() { return home; }
    @Override public ApprovalDecision approve(ApprovalRequest request) { return ApprovalDecision.DENY; }
    @Override public boolean cancelled() { return false; }
    @Override public void progress(String text) {}
    @Override public <T> T sessionState(Class<T> type, Supplier<T> create) { return create.get(); }
    @Override public Optional<String> callId() { return Optional.empty(); }
}
