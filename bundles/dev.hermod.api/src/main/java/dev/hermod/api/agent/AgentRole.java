package dev.hermod.api.agent;

/** Who is running a turn. Decides, among other things, whether anybody can approve an action. */
public enum AgentRole {
    /** The agent talking to a person, on the CLI or a gateway. */
    PRIMARY,
    /** A subagent started by {@code delegate_task}; nobody answers its approval requests. */
    SUBAGENT,
    /** A scheduled job; nobody answers its approval requests. */
    CRON
}
