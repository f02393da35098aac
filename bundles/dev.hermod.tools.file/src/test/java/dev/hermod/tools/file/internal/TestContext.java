package dev.hermod.tools.file.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import dev.hermod.api.agent.AgentRole;
import dev.hermod.api.tool.ApprovalDecision;
import dev.hermod.api.tool.ApprovalRequest;
import dev.hermod.api.tool.ToolContext;

/** A tool context with a working directory and a Hermod home, nothing else. */
record TestContext(Path workingDirectory, Path home) implements ToolContext {

    @Override
    public String sessionId() {
        return "test-session";
    }

    @Override
    public String sessionKey() {
        return "cli/local";
    }

    @Override
    public String platform() {
        return "cli";
    }

    @Override
    public String userId() {
        return "";
    }

    @Override
    public AgentRole role() {
        return AgentRole.PRIMARY;
    }

    @Override
    public ApprovalDecision approve(ApprovalRequest request) {
        return ApprovalDecision.DENY;
    }

    @Override
    public boolean cancelled() {
        return false;
    }

    @Override
    public void progress(String text) {
    }

    @Override
    public <T> T sessionState(Class<T> type, Supplier<T> create) {
        return create.get();
    }

    @Override
    public Optional<String> callId() {
        return Optional.empty();
    }
}
