package dev.hermod.api.agent;

import java.util.List;
import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ProviderType;

import dev.hermod.api.tool.ToolSpec;

/**
 * An open interactive session. Turns run one at a time; {@link #send} while a turn runs queues.
 * Closing ends the session for the memory providers (session-end hook); its transcript stays.
 */
@ProviderType
public interface Conversation extends AutoCloseable {

    /** The durable session id (for {@code --resume}). */
    String sessionId();

    /** The name of the model provider this session started with. */
    String modelName();

    /** The tools this session snapshotted when it started. */
    List<ToolSpec> tools();

    /**
     * Runs a turn.
     *
     * @param text what the person said
     * @param listener receives streamed text, tool activity and notices; may be null
     * @return the turn's result; completes exceptionally only for a fault of the runtime itself
     *         (a model failure is a result with {@link TurnResult.Outcome#FAILED})
     */
    CompletionStage<TurnResult> send(String text, TurnListener listener);

    /**
     * The person's judgement of the last answer ({@code /good}, {@code /bad}): passed to the
     * {@link TurnObserver}s, which use it as a strong signal for the skills that answer used.
     */
    void feedback(boolean positive, String comment);

    /** Stops the running turn, if any: the model call and tools are cancelled, the session stays usable. */
    void cancel();

    /** Ends the session; later {@link #send} calls fail. */
    @Override
    void close();
}
