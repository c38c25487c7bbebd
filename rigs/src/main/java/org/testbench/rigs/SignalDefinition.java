package org.testbench.rigs;

import java.time.Duration;

/**
 * One signal of a device as the rig file declares it: where it lives on the device and how the
 * device's raw number becomes a physical value: {@code value = raw * scale + offset}, in {@code unit}.
 *
 * @param name    the signal's role within its device, e.g. "target-x"
 * @param address the protocol address, e.g. an OPC UA NodeId {@code ns=2;s=Robot/Target/X}
 * @param unit    the unit the scaled value is in
 * @param scale   multiplies the raw value
 * @param offset  is added after scaling
 * @param limits  the range the scaled value must stay in while a run executes, in {@code unit};
 *                null when the signal is not supervised
 * @param period  how often the limits are checked; null exactly when {@code limits} is
 */
public record SignalDefinition(String name, String address, Unit unit, double scale, double offset, Limits limits,
                               Duration period) {

    /** Checks that limits come with a period to check them at, and a period only with limits. */
    public SignalDefinition {
        if ((limits == null) != (period == null)) {
            throw new IllegalArgumentException(name + ": limits and the period they are checked at go together");
        }
    }

    /**
     * A signal without safety limits.
     *
     * @param name    the signal's role within its device
     * @param address the protocol address
     * @param unit    the unit the scaled value is in
     * @param scale   multiplies the raw value
     * @param offset  is added after scaling
     */
    public SignalDefinition(String name, String address, Unit unit, double scale, double offset) {
        this(name, address, unit, scale, offset, null, null);
    }

    /**
     * @param raw the device's value
     * @return the physical value in the quantity's base unit
     */
    public double toBase(double raw) {
        return unit.toBase(toUnit(raw));
    }

    /**
     * @param raw the device's value
     * @return the physical value in {@code unit}: {@code raw * scale + offset}
     */
    public double toUnit(double raw) {
        return raw * scale + offset;
    }

    /**
     * @param base a value in the quantity's base unit
     * @return the raw value to write to the device
     */
    public double toRaw(double base) {
        return (unit.fromBase(base) - offset) / scale;
    }
}
