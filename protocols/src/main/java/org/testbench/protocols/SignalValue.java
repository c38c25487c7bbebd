package org.testbench.protocols;

import java.time.Instant;

/**
 * One value read from a device, with the device's own timestamp and status.
 *
 * @param address    the address it was read from
 * @param value      the value as the device sent it (Double, Integer, Boolean, String, ..., or an
 *                   array such as Double[] for an OPC UA array node)
 * @param sourceTime when the device sampled it; the receive time when the device gives none
 * @param good       whether the device marked the value good
 * @param status     the device's status text, e.g. "Good" or an OPC UA status code name
 */
public record SignalValue(String address, Object value, Instant sourceTime, boolean good, String status) {

    /**
     * @return the value as a double
     * @throws IllegalStateException when the value is not a good number, naming the address
     */
    public double asDouble() {
        if (!good) {
            throw new IllegalStateException(address + ": status " + status);
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw new IllegalStateException(address + ": expected a number, got "
                + (value == null ? "null" : value.getClass().getSimpleName() + " " + value));
    }
}
