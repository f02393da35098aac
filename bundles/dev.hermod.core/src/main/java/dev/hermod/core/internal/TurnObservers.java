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
 * <p>{@link #drain} waits for what was already handed to the observers: a front end that exits right
 * after an answer (a one-shot chat) calls it through {@code AgentRuntime.awaitBackgroundWork}, so
 * the skill review of that answer is not cut off, and the runtime calls it briefly when it stops. An
 * observer that goes away gets no more calls; waiting for the one it is in is its own business (its
 * deactivation), not this class's: an unbind callback must return quickly.
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

    /** Stops handing calls to {@code observer}; calls already queued for it still run. */
    void remove(TurnObserver observer) {
        observers.remove(observer);
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

    private void each(Consumer<TurnObserver> call) {
        observers.forEach((observer, queue) -> queue.submit(() -> {
            try {
                call.accept(observer);
            } catch (RuntimeException | LinkageError e) { // a class gone with an updated bundle, too
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
                try {
                    threads.execute(this::drain);
                    running = true;
                } catch (java.util.concurrent.RejectedExecutionException e) { // the runtime is stopping
                    tasks.clear();
                    LOG.log(Level.DEBUG, "a turn observer call was dropped: the runtime is stopping");
                }
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
            try {
                for (Runnable task = next(); task != null; task = next()) {
                    task.run();
                }
            } catch (Error e) { // out of memory and the like: stop, but never leave the queue marked busy
                stopped();
                throw e;
            }
        }

        private synchronized void stopped() {
            tasks.clear();
            running = false;
            notifyAll();
        }

        private synchronized Runnable next() {
            Runnable task = tasks.poll();
            running = task != null;
            if (!running) notifyAll();
            return task;
        }
    }
}
