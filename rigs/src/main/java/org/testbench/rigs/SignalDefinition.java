package org.testbench.rigs;

/**
 * One signal of a device as the rig file declares it: where it lives on the device and how the
 * device's raw number becomes a physical value: {@code value = raw * scale + offset}, in {@code unit}.
 *
 * @param name    the signal's role within its device, e.g. "target-x"
 * @param address the protocol address, e.g. an OPC UA NodeId {@code ns=2;s=Robot/Target/X}
 * @param unit    the unit the scaled value is in
 * @param scale   multiplies the raw value
 * @param offset  is added after scaling
 */
public record SignalDefinition(String name, String address, Unit unit, double scale, double offset) {

    /**
     * @param raw the device's value
     * @return the physical value in the quantity's base unit
     */
    public double toBase(double raw) {
        return unit.toBase(raw * scale + offset);
    }

    /**
     * @param base a value in the quantity's base unit
     * @return the raw value to write to the device
     */
    public double toRaw(double base) {
        return (unit.fromBase(base) - offset) / scale;
    }
}
