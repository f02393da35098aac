package dev.hermod.api.tool;

/** A person's answer to an {@link ApprovalRequest}. */
public enum ApprovalDecision {
    /** Run this action, this time. */
    APPROVE_ONCE,
    /** Run this action, and later ones with the same approval key, for the rest of the session. */
    APPROVE_SESSION,
    /** Do not run it. Also the answer when nobody can be asked. */
    DENY;

    /** True for either kind of approval. */
    public boolean approved() { return this != DENY; }
}
