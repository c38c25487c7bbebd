package org.testbench.rigs.sim.reducer;

import java.util.function.LongSupplier;

/**
 * Simulated time as the bench lives it: the wall-clock time since the last catch-up, times the
 * time scale. The tick catches up periodically; a command catches up first, so it takes effect
 * at the simulated instant it arrived and not at the last tick before it.
 */
final class SimulatedClock {

    private final ReducerBench bench;
    private final double timeScale;
    private final LongSupplier nanoClock;
    private long lastNanos;

    /**
     * @param bench     the bench whose time this is
     * @param timeScale simulated seconds per wall-clock second
     * @param nanoClock a monotonic clock in nanoseconds, {@link System#nanoTime} outside tests
     */
    SimulatedClock(ReducerBench bench, double timeScale, LongSupplier nanoClock) {
        this.bench = bench;
        this.timeScale = timeScale;
        this.nanoClock = nanoClock;
        this.lastNanos = nanoClock.getAsLong();
    }

    /** Advances the bench to now; callers hold the bench's lock, so catch-ups never interleave. */
    void catchUp() {
        synchronized (bench) {
            long now = nanoClock.getAsLong();
            bench.advance((now - lastNanos) * 1e-9 * timeScale);
            lastNanos = now;
        }
    }
}
