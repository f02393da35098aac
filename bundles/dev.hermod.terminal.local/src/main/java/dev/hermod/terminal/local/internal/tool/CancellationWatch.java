package dev.hermod.terminal.local.internal.tool;

import java.util.concurrent.locks.LockSupport;

import dev.hermod.api.tool.ToolContext;

/**
 * Interrupts the calling thread when the user stops the turn. The Sandbox API has no cancel call;
 * an interrupt is its cancellation signal (the local backend then kills the command's process tree).
 * The context offers no callback, so it is polled.
 */
final class CancellationWatch implements AutoCloseable {

    private static final long POLL_NANOS = 200_000_000L;

    private final Thread watcher;
    private volatile boolean done;

    private CancellationWatch(ToolContext context, Thread caller) {
        this.watcher = Thread.ofVirtual().name("hermod-terminal-cancel").start(() -> {
            while (!done) {
                if (context.cancelled()) {
                    caller.interrupt();
                    return;
                }
                LockSupport.parkNanos(POLL_NANOS);
            }
        });
    }

    static CancellationWatch start(ToolContext context) { return new CancellationWatch(context, Thread.currentThread()); }

    /** Stops watching; clears an interrupt that arrived after the work was already done. */
    @Override
    public void close() {
        done = true;
        LockSupport.unpark(watcher);
        try {
            watcher.join();
        } catch (InterruptedException e) {
            // the watcher interrupted us just now: handled below
        }
        Thread.interrupted();
    }
}
