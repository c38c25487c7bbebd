package org.testbench.rigs.device;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.testbench.rigs.Sample;

/**
 * The rig's time read from a device signal in seconds, e.g. a simulator's simulated time. Waiting
 * polls the signal: the pause between two polls is the remaining time at the rate the clock was
 * last seen to run, kept between 1 ms and 1 s of wall time, so a clock running 60,000 times faster
 * than real time is not overshot by much and a real-time clock is not read a thousand times a second.
 * A clock that stands still for longer than the stall limit, or runs backwards, is a rig fault:
 * a stopped simulator must not hang a run.
 */
public final class SignalClock implements RigClock {

    private static final long MIN_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long MAX_POLL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final DeviceSignals device;
    private final String signal;
    private final long stallNanos;

    /**
     * @param device the device holding the clock signal
     * @param signal the signal, in s
     * @param stall  how long the clock may stand still while something waits on it
     */
    public SignalClock(DeviceSignals device, String signal, Duration stall) {
        this.device = device;
        this.signal = signal;
        this.stallNanos = stall.toNanos();
    }

    @Override
    public String describe() {
        return device.name() + "." + signal;
    }

    @Override
    public double now() throws DeviceException {
        Sample s = device.read(List.of(signal)).get(0);
        if (!s.good() || !Double.isFinite(s.value())) {
            throw new DeviceException("clock " + describe() + ": bad reading " + s.value(), null);
        }
        return s.value();
    }

    @Override
    public void waitUntil(double time) throws DeviceException, InterruptedException {
        double last = now();
        long lastWall = System.nanoTime();
        long lastAdvance = lastWall;
        double secondsPerNano = Double.NaN;
        while (last < time) {
            long pause = Double.isNaN(secondsPerNano) ? MIN_POLL_NANOS
                    : Math.max(MIN_POLL_NANOS, Math.min(MAX_POLL_NANOS, (long) ((time - last) / secondsPerNano)));
            TimeUnit.NANOSECONDS.sleep(pause);
            double t = now();
            long wall = System.nanoTime();
            if (t < last) {
                throw new DeviceException("clock " + describe() + " ran backwards from " + last + " s to " + t
                        + " s (did the simulator restart?)", null);
            }
            if (t > last) {
                secondsPerNano = (t - last) / (wall - lastWall);
                lastAdvance = wall;
            } else if (wall - lastAdvance > stallNanos) {
                throw new DeviceException("clock " + describe() + " has stood still at " + t + " s for "
                        + TimeUnit.NANOSECONDS.toSeconds(wall - lastAdvance) + " s while waiting for " + time + " s", null);
            }
            last = t;
            lastWall = wall;
        }
    }
}
