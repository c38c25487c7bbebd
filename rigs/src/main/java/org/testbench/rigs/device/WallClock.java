package org.testbench.rigs.device;

import java.util.concurrent.TimeUnit;

/** The rig's time when the rig file declares no clock: the computer's monotonic clock. */
public final class WallClock implements RigClock {

    /** Creates the clock. */
    public WallClock() {
    }

    @Override
    public String describe() {
        return "wall time";
    }

    @Override
    public double now() {
        return System.nanoTime() / 1e9;
    }

    @Override
    public void waitUntil(double time) throws InterruptedException {
        double remaining;
        while ((remaining = time - now()) > 0) {
            TimeUnit.NANOSECONDS.sleep((long) Math.ceil(remaining * 1e9));
        }
    }
}
