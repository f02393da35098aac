package dev.hermod.core.internal;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import dev.hermod.api.agent.TurnObserver;
import dev.hermod.api.agent.TurnRecord;

/**
 * The registered {@link TurnObserver}s. Each is called on its own background thread, so a slow
 * observer (one that asks the model something) delays neither the person nor the other observers.
 */
final class TurnObservers {
    private static final System.Logger LOG = System.getLogger(TurnObservers.class.getName());

    private final List<TurnObserver> observers = new CopyOnWriteArrayList<>();
    private final Executor threads;

    TurnObservers(Executor threads) {
        this.threads = threads;
    }

    void add(TurnObserver observer) { observers.add(observer); }

    void remove(TurnObserver observer) { observers.remove(observer); }

    void turnEnded(TurnRecord turn) {
        each(o -> o.turnEnded(turn));
    }

    void feedback(String sessionId, boolean positive, String comment) {
        each(o -> o.feedback(sessionId, positive, comment == null ? "" : comment.strip()));
    }

    private void each(Consumer<TurnObserver> call) {
        for (TurnObserver observer : observers) {
            threads.execute(() -> {
                try {
                    call.accept(observer);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "turn observer " + observer.getClass().getName() + " failed", e);
                }
            });
        }
    }
}
