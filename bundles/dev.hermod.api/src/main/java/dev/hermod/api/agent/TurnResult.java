package dev.hermod.api.agent;

import java.util.Objects;

import dev.hermod.api.llm.Usage;

/**
 * How a turn ended.
 *
 * @param sessionId the session the turn belongs to
 * @param outcome completed, stopped by the budget, cancelled, or failed
 * @param text the final answer, or for a failure the message for the person
 * @param modelCalls how many model calls the turn made
 * @param toolCalls how many tool calls it ran
 * @param usage the tokens it used
 * @param model the name of the provider that produced the final answer (after any fallback)
 */
public record TurnResult(String sessionId, Outcome outcome, String text, int modelCalls, int toolCalls,
                         Usage usage, String model) {

    /** How a turn ended. */
    public enum Outcome {
        /** The model gave a final answer. */
        COMPLETED,
        /** The iteration budget ran out before a final answer. */
        BUDGET_EXHAUSTED,
        /** The person stopped it. */
        CANCELLED,
        /** Every provider failed, or the turn could not run; {@code text} says why. */
        FAILED,
        /** The message was a duplicate of one already handled; no turn ran. */
        DUPLICATE
    }

    public TurnResult {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(outcome, "outcome");
        text = text == null ? "" : text;
        usage = usage == null ? Usage.NONE : usage;
        model = model == null ? "" : model;
    }
}
