package dev.hermod.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.hermod.api.llm.ChatModel;

/** The registered model providers by name, and the chain a session uses. */
final class ModelRegistry {
    private record Entry(ChatModel model, int ranking, long serviceId) {}

    private final Map<ChatModel, Entry> models = new ConcurrentHashMap<>();

    void add(ChatModel model, Map<String, Object> properties) {
        models.put(model, new Entry(model, intProperty(properties, "service.ranking"), longProperty(properties, "service.id")));
        synchronized (this) {
            notifyAll();
        }
    }

    /**
     * Waits until a provider named {@code name} (or any, when blank) is registered, or the
     * deadline passes. Used right after start-up, while configuration is still being delivered.
     */
    synchronized void await(String name, long deadlineNanos) throws InterruptedException {
        while (name == null || name.isBlank() ? models.isEmpty() : find(name).isEmpty()) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) return;
            wait(Math.max(1, left / 1_000_000));
        }
    }

    void remove(ChatModel model) { models.remove(model); }

    /** Names by preference: highest ranking first, then oldest registration. */
    List<String> names() {
        return ordered().stream().map(e -> e.model().name()).toList();
    }

    private List<Entry> ordered() {
        return models.values().stream()
                .sorted(Comparator.comparingInt(Entry::ranking).reversed().thenComparingLong(Entry::serviceId))
                .toList();
    }

    /**
     * The chain for a new session: the preferred provider (or the configured primary, or the
     * highest-ranked one), then the configured fallbacks that are registered.
     *
     * @throws IllegalStateException when the wanted provider is not registered; the message says how to fix it
     */
    List<ChatModel> chain(String preferred, String primary, List<String> fallbacks) {
        String first = preferred != null && !preferred.isBlank() ? preferred : primary;
        List<ChatModel> chain = new ArrayList<>();
        if (first == null || first.isBlank()) {
            ordered().stream().findFirst().ifPresent(e -> chain.add(e.model()));
        } else {
            chain.add(find(first).orElseThrow(() -> new IllegalStateException("model provider '" + first
                    + "' is not available" + available() + ". Check etc/hermod.llm.openai-" + first + ".cfg, or run `hermod doctor`.")));
        }
        if (chain.isEmpty()) {
            throw new IllegalStateException("no model provider is configured. Run `hermod setup`, or set "
                    + "OPENAI_BASE_URL, OPENAI_API_KEY and HERMOD_MODEL, then try again.");
        }
        for (String name : fallbacks) {
            find(name).filter(m -> !chain.contains(m)).ifPresent(chain::add);
        }
        return chain;
    }

    /** The live providers for these names, in order; names no longer registered are left out. */
    List<ChatModel> resolve(List<String> names) {
        List<ChatModel> live = new ArrayList<>();
        for (String name : names) find(name).ifPresent(live::add);
        return live;
    }

    java.util.Optional<ChatModel> find(String name) {
        return ordered().stream().map(Entry::model).filter(m -> m.name().equals(name)).findFirst();
    }

    private String available() {
        List<String> names = names();
        return names.isEmpty() ? " (none is registered)" : " (registered: " + String.join(", ", names) + ")";
    }

    private static int intProperty(Map<String, Object> p, String key) {
        return p.get(key) instanceof Number n ? n.intValue() : 0;
    }

    private static long longProperty(Map<String, Object> p, String key) {
        return p.get(key) instanceof Number n ? n.longValue() : 0L;
    }
}
