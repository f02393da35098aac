package dev.hermod.api.llm;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives a streamed answer as it is generated. The one stream listener of the API: the agent
 * runtime's turn listener extends it.
 */
@ConsumerType
@FunctionalInterface
public interface StreamListener {
    /** A piece of answer text, in order; never null. Must return quickly. */
    void onText(String delta);
}
