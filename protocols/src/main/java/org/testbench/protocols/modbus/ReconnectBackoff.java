package org.testbench.protocols.modbus;

import java.time.Duration;

/**
 * When the next reconnect attempt may start: right away after a success or a dropped connection,
 * then after a delay that doubles with every failed attempt up to a ceiling, so that a device that
 * is away is not hammered by every poll while one that comes back is found again within the
 * ceiling. Not thread-safe: the channel calls it under its connect lock.
 */
final class ReconnectBackoff {

    private final long firstDelayNanos;
    private final long maxDelayNanos;
    private int failures;
    private long lastDelayNanos;
    private long nextAttemptNanos;

    /**
     * @param firstDelay the wait after the first failed attempt
     * @param maxDelay   the longest wait between attempts
     */
    ReconnectBackoff(Duration firstDelay, Duration maxDelay) {
        this.firstDelayNanos = firstDelay.toNanos();
        this.maxDelayNanos = Math.max(firstDelayNanos, maxDelay.toNanos());
    }

    /**
     * @param now {@link System#nanoTime()}
     * @return how long until an attempt is allowed; 0 when it is now
     */
    long remainingNanos(long now) {
        return failures == 0 ? 0 : Math.max(0, nextAttemptNanos - now);
    }

    /** @param now {@link System#nanoTime()} when the attempt failed */
    void failed(long now) {
        lastDelayNanos = failures == 0 ? firstDelayNanos : Math.min(maxDelayNanos, 2 * lastDelayNanos);
        failures++;
        nextAttemptNanos = now + lastDelayNanos;
    }

    /** Allows the next attempt at once. */
    void succeeded() {
        failures = 0;
    }

    /** @return how many attempts failed since the last success */
    int failures() {
        return failures;
    }
}
