package org.testbench.rigs;

import java.util.Objects;

/**
 * One write of a rig's safe state: a signal and the value that makes it safe (torque command 0,
 * servo enable 0, robot stop 1).
 *
 * @param signal the signal, {@code device.signal}
 * @param value  the safe value, in the base unit of the signal's quantity (Nm, rpm, mm, deg...), as
 *               devices are written in
 */
public record SafeWrite(SignalName signal, double value) {

    /** Checks the signal is named and the value is a number. */
    public SafeWrite {
        Objects.requireNonNull(signal, "signal");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(signal + ": a safe value must be a finite number");
        }
    }

    @Override
    public String toString() {
        return signal + " = " + value;
    }
}
