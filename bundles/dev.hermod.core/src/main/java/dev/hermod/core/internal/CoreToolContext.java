package dev.hermod.core.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import dev.hermod.api.agent.AgentRole;
import dev.hermod.api.agent.TurnListener;
import dev.hermod.api.tool.ApprovalDecision;
import dev.hermod.api.tool.ApprovalRequest;
import dev.hermod.api.tool.Approver;
import dev.hermod.api.tool.ToolContext;

/** The context of one tool call. Approvals: nobody can answer for subagents, cron, or without an approver. */
final class CoreToolContext implements ToolContext {
    private final AgentSession session;
    private final Path home;
    private final TurnControl control;
    private final TurnListener listener;
    private final String callId;

    CoreToolContext(AgentSession session, Path home, TurnControl control, TurnListener listener, String callId) {
        this.session = session;
        this.home = home;
        this.control = control;
        this.listener = listener;
        this.callId = callId;
    }

    @Override public String sessionId() { return session.id; }
    @Override public String sessionKey() { return session.key; }
    @Override public String platform() { return session.memoryContext.platform(); }
    @Override public String userId() { return session.memoryContext.userId(); }
    @Override public AgentRole role() { return session.role(); }
    @Override public Path workingDirectory() { return session.workingDirectory; }
    @Override public Path home() { return home; }
    @Override public boolean cancelled() { return control.cancelled(); }
    @Override public Optional<String> callId() { return Optional.ofNullable(callId); }

    @Override
    public ApprovalDecision approve(ApprovalRequest request) {
        if (session.approvedKeys.contains(request.key())) return ApprovalDecision.APPROVE_ONCE;
        Approver approver = session.approver;
        if (approver == null || session.role() != AgentRole.PRIMARY || control.cancelled()) {
            progress("Refused without asking (nobody can approve here): " + request.action());
            return ApprovalDecision.DENY;
        }
        ApprovalDecision decision;
        try {
            decision = approver.ask(request);
        } catch (RuntimeException e) {
            decision = ApprovalDecision.DENY;
        }
        if (decision == null) decision = ApprovalDecision.DENY;
        if (decision == ApprovalDecision.APPROVE_SESSION) session.approvedKeys.add(request.key());
        return decision;
    }

    @Override
    public void progress(String text) {
        if (listener != null) listener.onNotice(text);
    }

    @Override
    public <T> T sessionState(Class<T> type, Supplier<T> create) { return session.state(type, create); }
}
