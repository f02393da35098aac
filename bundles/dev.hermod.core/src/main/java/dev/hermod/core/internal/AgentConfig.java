package dev.hermod.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Keys in etc/hermod.agent.cfg use underscores ({@code max_iterations}): a double underscore in a method name is one underscore in the key. */
@ObjectClassDefinition(name = "Hermod agent", description = "The agent loop, provider chain, compression and routing.")
public @interface AgentConfig {

    @AttributeDefinition(name = "Model", description = "Name of the primary model provider (hermod.llm.name); empty = the highest-ranked registered provider.")
    String model() default "";

    @AttributeDefinition(name = "Fallback models", description = "Provider names tried in order when the primary fails after its retries. The primary is tried again on the next turn.")
    String[] fallback__models() default {};

    @AttributeDefinition(name = "Memory provider", description = "The external memory provider used beside the built-in memory (hermod.memory.name, e.g. holographic); empty = built-in only. A configured provider that is missing is reported, never replaced.")
    String memory__provider() default "";

    @AttributeDefinition(name = "Iteration budget", description = "Most model calls in one turn before the agent must stop.")
    int max__iterations() default 90;

    @AttributeDefinition(name = "Retries", description = "Retries of one provider on 429, 5xx, timeouts and network errors before falling back.")
    int max__retries() default 3;

    @AttributeDefinition(name = "Retry base delay (ms)", description = "First backoff delay; doubles per retry, with jitter.")
    long retry__base__delay__ms() default 1000;

    @AttributeDefinition(name = "Retry max delay (ms)", description = "Longest backoff delay, also the cap on a provider's Retry-After.")
    long retry__max__delay__ms() default 30000;

    @AttributeDefinition(name = "Compression threshold", description = "Fraction of the model's context window at which old turns are summarised.")
    double compression__threshold() default 0.75;

    @AttributeDefinition(name = "Messages kept verbatim", description = "Most recent messages never summarised by compression.")
    int compression__keep__recent() default 12;

    @AttributeDefinition(name = "Recall token budget", description = "Most tokens of recalled memory appended to a user message.")
    int recall__token__budget() default 2000;

    @AttributeDefinition(name = "Skill token budget", description = "Most tokens of matched skill summaries appended to a user message.")
    int skill__token__budget() default 1500;

    @AttributeDefinition(name = "Per-user sessions in group chats", description = "Give each sender in a group chat a session of their own.")
    boolean per__user__group__sessions() default true;

    @AttributeDefinition(name = "Idle gateway session (min)", description = "A gateway session with no message for this long ends (memory providers see the session end, its sandbox closes); the next message resumes it from the store.")
    int idle__session__minutes() default 60;

    @AttributeDefinition(name = "Working directory", description = "Directory tools work in; empty = the directory Hermod was started from.")
    String working__directory() default "";

    @AttributeDefinition(name = "Start-up wait (s)", description = "How long a session opened right after start waits for its model provider to be configured.")
    int startup__wait__seconds() default 10;

    @AttributeDefinition(name = "Redact secrets", description = "Remove secret values (API keys, tokens) from tool output before the model or the transcript sees it.")
    boolean redact__secrets() default true;
}
