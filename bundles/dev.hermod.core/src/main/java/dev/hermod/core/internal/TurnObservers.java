package dev.hermod.core.internal;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.hermod.api.agent.TurnObserver;
import dev.hermod.api.agent.TurnRecord;

/**
 * The registered {@link TurnObserver}s. Each has its own queue, run on a background thread, so a slow
 * observer (one that asks the model something) delays neither the person nor the other observers,
 * and one observer sees its calls one at a time, in the order they happened: the {@code /good} typed
 * after an answer reaches it after that answer's {@code turnEnded}.
 *
 * <p>Stopping waits, for a while, for what was already handed to an observer: a one-shot chat stops
 * right after its answer, and the skill review of that answer must not be cut off. An observer that
 * goes away (its bundle stopping) is unbound before it is deactivated, so {@link #remove} waits there;
 * {@link #drain} waits for all when the runtime itself stops.
 */
final class TurnObservers {
    private static final System.Logger LOG = System.getLogger(TurnObservers.class.getName());
    /** How long stopping waits for an observer's calls. */
    static final Duration STOP_WAIT = Duration.ofSeconds(8);

    private final Map<TurnObserver, Serial> observers = new ConcurrentHashMap<>();
    private final Executor threads;

    TurnObservers(Executor threads) {
        this.threads = threads;
    }

    void add(TurnObserver observer) { observers.put(observer, new Serial()); }

    /** Stops handing calls to {@code observer}, then waits up to {@link #STOP_WAIT} for those it was given. */
    void remove(TurnObserver observer) {
        Serial queue = observers.remove(observer);
        if (queue != null) idle(queue, observer);
    }

    void turnEnded(TurnRecord turn) {
        each(o -> o.turnEnded(turn));
    }

    void feedback(String sessionId, boolean positive, String comment) {
        each(o -> o.feedback(sessionId, positive, comment == null ? "" : comment.strip()));
    }

    /** Waits up to {@code timeout} for every observer's calls so far; true when none is left. */
    boolean drain(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Serial queue : List.copyOf(observers.values())) {
            if (!queue.awaitIdle(deadline)) return false;
        }
        return true;
    }

    private void idle(Serial queue, TurnObserver observer) {
        try {
            if (!queue.awaitIdle(System.nanoTime() + STOP_WAIT.toNanos())) {
                LOG.log(Level.WARNING, "turn observer " + observer.getClass().getName() + " went away with work unfinished after "
                        + STOP_WAIT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void each(Consumer<TurnObserver> call) {
        observers.forEach((observer, queue) -> queue.submit(() -> {
            try {
                call.accept(observer);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "turn observer " + observer.getClass().getName() + " failed", e);
            }
        }));
    }

    /** Runs its tasks one after another on {@link #threads}, in submission order; no thread while idle. */
    private final class Serial {
        private final Queue<Runnable> tasks = new ArrayDeque<>();
        private boolean running;

        synchronized void submit(Runnable task) {
            tasks.add(task);
            if (!running) {
                running = true;
                threads.execute(this::drain);
            }
        }

        /** Waits until no task is queued or running, or {@code deadline} ({@link System#nanoTime}); true when idle. */
        synchronized boolean awaitIdle(long deadline) throws InterruptedException {
            while (running) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return false;
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }

        private void drain() {
            for (Runnable task = next(); task != null; task = next()) {
                task.run();
            }
        }

        private synchronized Runnable next() {
            Runnable task = tasks.poll();
            running = task != null;
            if (!running) notifyAll();
            return task;
        }
    }
}
