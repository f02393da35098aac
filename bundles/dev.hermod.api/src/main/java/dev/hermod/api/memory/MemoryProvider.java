package dev.hermod.api.memory;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.tool.Tool;

/**
 * A memory backend. The core calls these hooks around every turn; every hook has a harmless
 * default, so a provider implements only what it offers. Registered as a service with the
 * {@link dev.hermod.api.propertytypes.HermodMemory} properties.
 *
 * <p>Hooks are called from session threads, concurrently for different sessions, and must be
 * thread-safe. A hook that throws is reported (status, doctor, a notice to the person) and the
 * provider is marked unhealthy; it is never replaced silently by another provider.
 */
@ConsumerType
public interface MemoryProvider {

    /** The provider name ({@code builtin}, {@code holographic} ...); unique. */
    String name();

    /** Whether the provider can serve now, and if not, why. Cheap: called by status displays. */
    default MemoryHealth health() { return MemoryHealth.up(); }

    /** A session starts (or resumes) with this provider. */
    default void initialize(MemoryContext context) {}

    /**
     * The block this provider adds to the system prompt, computed once at session start and then
     * kept byte-stable for the session (so provider prompt caches hit). Empty for none.
     */
    default String systemPromptBlock(MemoryContext context) { return ""; }

    /**
     * Recalls what is relevant to the person's next message, within a token budget. The result is
     * appended to the user message, never to the system prompt. Empty for nothing.
     *
     * @param tokenBudget the most tokens (about 4 characters each) the result may take
     */
    default String prefetch(MemoryContext context, String query, int tokenBudget) { return ""; }

    /** Starts recalling for a likely next query in the background, to be served by {@link #prefetch}. */
    default void queuePrefetch(MemoryContext context, String query) {}

    /** A turn completed: what the person said and what the agent answered. */
    default void syncTurn(MemoryContext context, String userText, String assistantText) {}

    /** The session ended; the whole transcript is given for extraction. */
    default void sessionEnd(MemoryContext context, List<ChatMessage> transcript) {}

    /**
     * The messages are about to be replaced by a summary in the prompt (they stay in the session
     * store). Returns text to keep in the summary (facts the provider wants preserved), or empty.
     */
    default String preCompress(MemoryContext context, List<ChatMessage> compressed) { return ""; }

    /**
     * The built-in memory was written (mirror it, if the provider keeps its own copy). Called by the
     * runtime ({@link MemoryMirror}) only for the providers a session uses, one entry-level change at
     * a time: a consolidation arrives as REMOVE and ADD writes of the entries it dropped and added.
     */
    default void memoryWritten(MemoryContext context, MemoryWrite write) {}

    /** A subagent finished a delegated task with this result. */
    default void delegated(MemoryContext context, String task, String result) {}

    /** Tools this provider offers the model while it is active. */
    default List<Tool> tools() { return List.of(); }

    /** The JSON Schema of the provider's configuration, for setup and doctor; {@code {}} for none. */
    default String configSchema() { return "{}"; }
}
