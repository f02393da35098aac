package dev.hermod.memory.holographic.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import dev.hermod.api.agent.AgentRole;
import dev.hermod.api.tool.ApprovalDecision;
import dev.hermod.api.tool.ApprovalRequest;
import dev.hermod.api.tool.ToolContext;

/** The context of a tool call from one platform user, for tests. */
record FakeToolContext(String platform, String userId) implements ToolContext {
    static FakeToolContext cli() { return new FakeToolContext("cli", ""); }
    @Override public String sessionId() { return "s-" + platform + userId; }
    @Override public String sessionKey() { return platform + "/chat/" + userId; }
    @Override public AgentRole role() { return AgentRole.PRIMARY; }
    @Override public Path workingDirectory() { return Path.of("."); }
    @Override public Path home() { return Path.of("."); }
    @Override public ApprovalDecision approve(ApprovalRequest request) { return ApprovalDecision.DENY; }
    @Override public boolean cancelled() { return false; }
    @Override public void progress(String text) {}
    @Override public <T> T sessionState(Class<T> type, Supplier<T> create) { return create.get(); }
    @Override public Optional<String> callId() { return Optional.empty(); }
}
