package dev.hermod.api.tool;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A person who can answer approval requests: the CLI user at the terminal, or a gateway's
 * configured approver. Implemented by front ends and gateways.
 */
@ConsumerType
@FunctionalInterface
public interface Approver {
    /**
     * Asks and blocks until answered. Implementations time out to {@link ApprovalDecision#DENY}.
     * Called on the turn's thread.
     */
    ApprovalDecision ask(ApprovalRequest request);
}
