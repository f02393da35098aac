package dev.hermod.core.internal;

import java.nio.file.Path;

import dev.hermod.api.agent.AgentRole;
import dev.hermod.api.agent.SessionOptions;
import dev.hermod.api.gateway.InboundMessage;
import dev.hermod.api.tool.Approver;

/** Everything needed to open or resume a session. */
record SessionSpec(String key, String platform, String userId, String resumeId, Path workingDirectory,
                   Approver approver, String model, AgentRole role) {

    static SessionSpec of(SessionOptions o) {
        return new SessionSpec(SessionKeys.of(o.platform(), o.chatId(), "", o.userId()), o.platform(), o.userId(),
                o.resumeId(), o.workingDirectory(), o.approver(), o.model(), o.role());
    }

    /** A gateway chat: nobody at a terminal, so no approver (risky actions are refused). */
    static SessionSpec of(InboundMessage m, String key, String resumeId) {
        return new SessionSpec(key, m.platform(), m.senderId(), resumeId, null, null, null, AgentRole.PRIMARY);
    }
}
