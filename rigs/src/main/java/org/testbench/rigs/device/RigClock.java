package org.testbench.rigs.device;

/**
 * The rig's time, on which procedures wait: wall time, or a clock signal the rig file declares
 * ({@code clock: bench.sim-time}), so that a simulator running faster than real time runs a
 * 100 h dwell in minutes and a real rig runs it in 100 h.
 */
public interface RigClock {

    /** @return what the time is measured by, for messages: "wall time" or the clock signal */
    String describe();

    /**
     * @return the current time in seconds, from an arbitrary origin
     * @throws DeviceException when the clock signal cannot be read
     */
    double now() throws DeviceException;

    /**
     * Waits until the clock shows {@code time} or later.
     *
     * @param time a time as {@link #now()} gives it
     * @throws DeviceException      when the clock cannot be read, stops or runs backwards
     * @throws InterruptedException when the run is interrupted while waiting
     */
    void waitUntil(double time) throws DeviceException, InterruptedException;

    /**
     * Waits until the clock has advanced by {@code seconds}.
     *
     * @param seconds how long, 0 or more
     * @throws DeviceException      when the clock cannot be read, stops or runs backwards
     * @throws InterruptedException when the run is interrupted while waiting
     */
    default void sleep(double seconds) throws DeviceException, InterruptedException {
        if (seconds > 0) {
            waitUntil(now() + seconds);
        }
    }
}
