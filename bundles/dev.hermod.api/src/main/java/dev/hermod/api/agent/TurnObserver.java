package dev.hermod.api.agent;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Learns from finished turns (the skill loop, analytics). Registered as a service; the runtime
 * calls every observer on a background thread after the reply was delivered, so an observer never
 * delays the person. A failing observer is logged and does not affect the others.
 */
@ConsumerType
public interface TurnObserver {

    /** A turn ended (completed, exhausted its budget, failed or was cancelled). */
    void turnEnded(TurnRecord turn);

    /**
     * The person judged the last answer of a session ({@code /good}, {@code /bad}).
     *
     * @param comment what they added, or empty
     */
    default void feedback(String sessionId, boolean positive, String comment) {}
}
