package dev.hermod.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Hermod agent", description = "The agent loop, provider chain, compression and routing.")
public @interface AgentConfig {

    @AttributeDefinition(name = "Model", description = "Name of the primary model provider (hermod.llm.name); empty = the highest-ranked registered provider.")
    String model() default "";

    @AttributeDefinition(name = "Fallback models", description = "Provider names tried in order when the primary fails after its retries. The primary is tried again on the next turn.")
    String[] fallback_models() default {};

    @AttributeDefinition(name = "Iteration budget", description = "Most model calls in one turn before the agent must stop.")
    int max_iterations() default 90;

    @AttributeDefinition(name = "Retries", description = "Retries of one provider on 429, 5xx, timeouts and network errors before falling back.")
    int max_retries() default 3;

    @AttributeDefinition(name = "Retry base delay (ms)", description = "First backoff delay; doubles per retry, with jitter.")
    long retry_base_delay_ms() default 1000;

    @AttributeDefinition(name = "Retry max delay (ms)", description = "Longest backoff delay, also the cap on a provider's Retry-After.")
    long retry_max_delay_ms() default 30000;

    @AttributeDefinition(name = "Compression threshold", description = "Fraction of the model's context window at which old turns are summarised.")
    double compression_threshold() default 0.75;

    @AttributeDefinition(name = "Messages kept verbatim", description = "Most recent messages never summarised by compression.")
    int compression_keep_recent() default 12;

    @AttributeDefinition(name = "Recall token budget", description = "Most tokens of recalled memory appended to a user message.")
    int recall_token_budget() default 2000;

    @AttributeDefinition(name = "Skill token budget", description = "Most tokens of matched skill summaries appended to a user message.")
    int skill_token_budget() default 1500;

    @AttributeDefinition(name = "Per-user sessions in group chats", description = "Give each sender in a group chat a session of their own.")
    boolean per_user_group_sessions() default true;

    @AttributeDefinition(name = "Working directory", description = "Directory tools work in; empty = the directory Hermod was started from.")
    String working_directory() default "";

    @AttributeDefinition(name = "Redact secrets", description = "Remove secret values (API keys, tokens) from tool output before the model or the transcript sees it.")
    boolean redact_secrets() default true;
}
