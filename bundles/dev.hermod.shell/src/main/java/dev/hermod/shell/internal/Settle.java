package dev.hermod.shell.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.concurrent.locks.LockSupport;

/** Waits until a fingerprint of the system stops changing for a while, or a deadline passes. */
final class Settle {
    private static final long POLL_NANOS = Duration.ofMillis(100).toNanos();

    private Settle() {}

    /** Returns true when the fingerprint held still for {@code quiet}, false when {@code max} ran out. */
    static boolean await(Supplier<Object> fingerprint, Duration quiet, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        Object last = fingerprint.get();
        long stableSince = System.nanoTime();
        while (System.nanoTime() - stableSince < quiet.toNanos()) {
            if (System.nanoTime() >= deadline) return false;
            LockSupport.parkNanos(POLL_NANOS);
            Object now = fingerprint.get();
            if (!Objects.equals(now, last)) {
                last = now;
                stableSince = System.nanoTime();
            }
        }
        return true;
    }
}
