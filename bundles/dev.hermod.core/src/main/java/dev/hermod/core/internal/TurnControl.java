package dev.hermod.core.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Cancellation of one running turn: stops waits, pending model calls and tool threads. */
final class TurnControl {
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final Set<Future<?>> pending = ConcurrentHashMap.newKeySet();
    /** The ids of the tool calls of this turn whose result was an error, for the turn observers. */
    final Set<String> failedCalls = ConcurrentHashMap.newKeySet();

    boolean cancelled() { return cancelled.getCount() == 0; }

    void cancel() {
        cancelled.countDown();
        pending.forEach(f -> f.cancel(true));
    }

    /** Tracks a future so {@link #cancel} stops it; cancels it at once if already cancelled. */
    <F extends Future<?>> F track(F future) {
        pending.add(future);
        if (cancelled()) future.cancel(true);
        return future;
    }

    void untrack(Future<?> future) { pending.remove(future); }

    /** Waits for the delay, or less if the turn is cancelled; returns false when cancelled. */
    boolean pause(Duration delay) {
        try {
            return !cancelled.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
