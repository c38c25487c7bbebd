package org.testbench.rigs.sim.robot;

import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * The simulator's time: seconds since start-up, running
 * {@code timeScale} times as fast as the wall clock, and the instants that stamp its values.
 *
 * <p>Instant = epoch + simulated seconds, the epoch being the wall-clock instant of start-up, so
 * at time scale 1 the stamps are wall-clock times and at time scale 50 a run of a minute is stamped
 * as the 50 minutes it simulates.
 */
final class SimulatedClock {

    private final LongSupplier nanoClock;
    private final long startNanos;
    private final double timeScale;
    private final Instant epoch;

    /**
     * @param nanoClock a monotonic wall clock in nanoseconds, {@link System#nanoTime} outside tests
     * @param timeScale simulated seconds per wall second, &gt; 0
     * @param epoch     the instant of simulated second 0
     */
    SimulatedClock(LongSupplier nanoClock, double timeScale, Instant epoch) {
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        this.timeScale = timeScale;
        this.epoch = epoch;
    }

    /** @return simulated seconds since start-up */
    double now() {
        // The integer nanosecond count times the scale keeps exact values exact (0.22 s x 10 = 2.2 s).
        return (nanoClock.getAsLong() - startNanos) * timeScale / 1e9;
    }

    /**
     * @param seconds simulated seconds since start-up
     * @return the instant that stamps a value of that time
     */
    Instant instant(double seconds) {
        return epoch.plusNanos(Math.round(seconds * 1e9));
    }

    /**
     * @param seconds a simulated duration
     * @return the wall-clock duration it takes, in milliseconds
     */
    double wallMillis(double seconds) {
        return seconds / timeScale * 1e3;
    }
}
