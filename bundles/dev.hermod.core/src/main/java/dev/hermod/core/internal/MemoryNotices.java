package dev.hermod.core.internal;

import java.util.Optional;

import dev.hermod.api.agent.TurnListener;
import dev.hermod.api.memory.MemoryHealth;
import dev.hermod.api.memory.MemoryProvider;

/**
 * Tells the person, once per session, when the external memory provider the configuration names
 * is missing or down: the session then remembers through the built-in memory alone, and nobody
 * should believe otherwise. Status and doctor show the same from the runtime's problems and health.
 */
final class MemoryNotices {
    private MemoryNotices() {}

    /** Before a turn of {@code session}, for the configured provider {@code wanted} (empty or builtin: none). */
    static void beforeTurn(AgentSession session, String wanted, TurnListener listener) {
        if (wanted.isBlank() || "builtin".equals(wanted) || listener == null) return;
        Optional<MemoryProvider> provider = session.memory.stream().filter(p -> wanted.equals(p.name())).findFirst();
        if (provider.isEmpty()) {
            once(session, "missing:" + wanted, listener, "The memory provider '" + wanted
                    + "' is not available; this session uses the built-in memory only.");
            return;
        }
        String key = "down:" + wanted;
        if (session.noticed.contains(key)) return;
        MemoryHealth health = health(provider.get());
        if (health.state() == MemoryHealth.State.DOWN) {
            once(session, key, listener, "The memory provider '" + wanted + "' is down ("
                    + health.detail().replaceAll("\\s+", " ").strip() + "); until it recovers this session remembers"
                    + " through the built-in memory only. `hermod doctor` says more.");
        }
    }

    private static MemoryHealth health(MemoryProvider provider) {
        try {
            return provider.health();
        } catch (RuntimeException e) {
            return MemoryHealth.down("its health check failed: " + e.getMessage());
        }
    }

    private static void once(AgentSession session, String key, TurnListener listener, String notice) {
        if (session.noticed.add(key)) listener.onNotice(notice);
    }
}
