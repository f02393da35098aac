package dev.hermod.store.sqlite.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Timestamps for writes, in microseconds since the epoch. Strictly increasing, so "most recently
 * updated" has no ties even when two writes fall in the same clock tick. Used under the write lock.
 */
final class WriteClock {

    private final Clock clock;
    private long last;

    WriteClock(Clock clock) {
        this.clock = clock;
    }

    /** The next timestamp: now, or one microsecond after the previous one if the clock has not moved. */
    long next() {
        long now = toMicros(clock.instant());
        last = Math.max(now, last + 1);
        return last;
    }

    static long toMicros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    static Instant fromMicros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
