package dev.hermod.api.agent;

import org.osgi.annotation.versioning.ConsumerType;

import dev.hermod.api.llm.StreamListener;

/**
 * Follows a running turn: streamed answer text, tool activity and notices for the person. Called
 * on the turn's threads, never concurrently for one turn except {@link #onToolStart} /
 * {@link #onToolEnd} of parallel read-only tools. Every method must return quickly.
 */
@ConsumerType
public interface TurnListener extends StreamListener {

    @Override
    default void onText(String delta) {}

    /** A tool call starts; {@code arguments} is the JSON text the model sent (secrets redacted). */
    default void onToolStart(String tool, String arguments) {}

    /** A tool call ended; {@code preview} is the start of its result. */
    default void onToolEnd(String tool, boolean error, String preview) {}

    /**
     * Something the person should know that is not part of the answer: a retry, a fallback to
     * another provider, context compression, a memory write that was refused.
     */
    default void onNotice(String notice) {}
}
