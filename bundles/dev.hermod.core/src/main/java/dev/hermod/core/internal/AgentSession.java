package dev.hermod.core.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.hermod.api.agent.AgentRole;
import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.ChatModel;
import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.api.tool.Approver;
import dev.hermod.api.tool.Tool;

/**
 * A live session: what it snapshotted at start (system prompt, tools, model chain, memory
 * providers) and what it accumulates (the in-prompt history, per-tool state, approvals).
 * Turns of a session run one at a time ({@link #enqueue}), so the history needs no locking.
 */
final class AgentSession {

    final String id;
    final String key;
    final MemoryContext memoryContext;
    final Path workingDirectory;
    final Approver approver;
    final String systemPrompt;
    final Map<String, Tool> tools;
    /** The toolsets of {@link #tools}, for skill matching (a skill may need one). */
    final Set<String> toolsets;
    /** The provider chain by name, fixed at start; resolved to live services at each turn. */
    final List<String> modelNames;
    volatile List<ChatModel> models;
    /** The memory providers snapshotted at start, less those unregistered since (see {@link #dropGone}). */
    volatile List<MemoryProvider> memory;
    /** What the model sees after the system prompt: possibly a summary, then recent messages. */
    final List<ChatMessage> history = new ArrayList<>();
    final Set<String> approvedKeys = ConcurrentHashMap.newKeySet();
    /** Notices already given to the person in this session, by key: each is given once. */
    final Set<String> noticed = ConcurrentHashMap.newKeySet();
    private final Map<Class<?>, Object> state = new ConcurrentHashMap<>();
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
    volatile TurnControl running;
    /** When a turn last started or ended (System.nanoTime), for idle expiry of gateway sessions. */
    volatile long lastActive = System.nanoTime();

    AgentSession(String id, String key, MemoryContext memoryContext, Path workingDirectory, Approver approver,
                 String systemPrompt, Map<String, Tool> tools, List<ChatModel> models, List<MemoryProvider> memory) {
        this.modelNames = models.stream().map(ChatModel::name).toList();
        this.id = id;
        this.key = key;
        this.memoryContext = memoryContext;
        this.workingDirectory = workingDirectory;
        this.approver = approver;
        this.systemPrompt = systemPrompt;
        this.tools = Map.copyOf(tools);
        this.toolsets = tools.values().stream().map(t -> t.spec().toolset()).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.models = List.copyOf(models);
        this.memory = List.copyOf(memory);
    }

    AgentRole role() { return memoryContext.role(); }

    /**
     * Keeps only the providers still registered: one whose bundle stopped or whose configuration
     * was deleted is never called again (a new instance of it joins new sessions, as a swap does).
     */
    void dropGone(List<MemoryProvider> registered) {
        List<MemoryProvider> current = memory;
        if (registered.containsAll(current)) return;
        memory = current.stream().filter(registered::contains).toList();
    }

    @SuppressWarnings("unchecked")
    <T> T state(Class<T> type, Supplier<T> create) {
        return (T) state.computeIfAbsent(type, t -> create.get());
    }

    /** Runs {@code turn} after every turn queued before it; turns of different sessions run in parallel. */
    synchronized <T> CompletableFuture<T> enqueue(Supplier<CompletableFuture<T>> turn) {
        CompletableFuture<T> next = tail.handle((r, e) -> null).thenCompose(x -> turn.get());
        tail = next;
        return next;
    }

    /** Closes per-tool state that holds resources (sandboxes, processes). */
    void closeState() {
        for (Object value : state.values()) {
            if (value instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    System.getLogger(AgentSession.class.getName()).log(System.Logger.Level.WARNING,
                            "closing session state of " + id + " failed: " + e);
                }
            }
        }
        state.clear();
    }
}
