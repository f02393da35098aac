package dev.hermod.terminal.local.internal;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Assertions;

/** Waits for a condition with a deadline, checking it every few milliseconds. */
public final class Eventually {

    private Eventually() {}

    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) Assertions.fail("timed out after " + timeout + " waiting until " + what);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
