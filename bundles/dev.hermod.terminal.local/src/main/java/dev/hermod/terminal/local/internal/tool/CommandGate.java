package dev.hermod.terminal.local.internal.tool;

import java.nio.file.Path;

import dev.hermod.api.tool.ApprovalDecision;
import dev.hermod.api.tool.ApprovalRequest;
import dev.hermod.api.tool.ToolContext;
import dev.hermod.terminal.local.internal.policy.Assessment;
import dev.hermod.terminal.local.internal.policy.CommandApprovalPolicy;

/** Asks for approval of risky commands before they run. */
final class CommandGate {

    private final CommandApprovalPolicy policy;

    CommandGate(CommandApprovalPolicy policy) { this.policy = policy; }

    /**
     * Assesses {@code command} and, when it is risky, asks the person through the context.
     *
     * @return {@code null} when it may run, else the message for the model explaining the refusal
     */
    String check(String tool, String command, Path cwd, ToolContext context) {
        Assessment assessment = policy.assess(command, cwd, context.home());
        if (!assessment.flagged()) return null;
        ApprovalDecision decision = context.approve(
                new ApprovalRequest(tool, command, assessment.reasons(), assessment.key()));
        if (decision != null && decision.approved()) return null;
        return "Not run: this command needs a person's approval because it " + String.join("; ", assessment.reasons())
                + " - and approval was denied (the user said no, or nobody was available to approve it). Do not retry "
                + "it or work around the refusal; ask the user what to do, or choose a safer approach.";
    }
}
