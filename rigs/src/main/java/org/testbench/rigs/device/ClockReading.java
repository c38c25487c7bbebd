package org.testbench.rigs.device;

import java.time.Instant;

/**
 * One reading of a robot controller's clock.
 *
 * @param time     the controller's time of the reading (the clock signal's source timestamp)
 * @param elapsedS seconds since the controller started; for the simulator, simulated seconds since
 *                 its start-up
 */
public record ClockReading(Instant time, double elapsedS) {
}
