package org.testbench.rigs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kinds of device a rig can hold, each with the signal roles it must map. A procedure asks
 * for a device by type, never by protocol.
 */
public enum DeviceType {
    /**
     * A robot controller with a register-style motion interface: write the target pose, then a new
     * move-request number; the controller sets move-done to that number once it has settled.
     */
    ROBOT("robot", roles(
            "target-x", Unit.Quantity.LENGTH, "target-y", Unit.Quantity.LENGTH, "target-z", Unit.Quantity.LENGTH,
            "target-a", Unit.Quantity.ANGLE, "target-b", Unit.Quantity.ANGLE, "target-c", Unit.Quantity.ANGLE,
            "move-request", Unit.Quantity.COUNT, "move-done", Unit.Quantity.COUNT,
            "motion-state", Unit.Quantity.COUNT, "speed-override", Unit.Quantity.RATIO,
            "stop", Unit.Quantity.COUNT)),
    /** A pose measuring instrument (laser tracker, optical CMM) reporting x, y, z, a, b, c. */
    POSE_TRACKER("pose-tracker", roles(
            "x", Unit.Quantity.LENGTH, "y", Unit.Quantity.LENGTH, "z", Unit.Quantity.LENGTH,
            "a", Unit.Quantity.ANGLE, "b", Unit.Quantity.ANGLE, "c", Unit.Quantity.ANGLE)),
    /**
     * Any other device (torque sensor, encoder, drive, thermal chamber): its signals are named
     * freely, in any unit; procedures read and write them as {@code device.signal}.
     */
    GENERIC("generic", Map.of());

    private final String label;
    private final Map<String, Unit.Quantity> roles;

    DeviceType(String label, Map<String, Unit.Quantity> roles) {
        this.label = label;
        this.roles = roles;
    }

    /** @return the name used in rig and procedure files, e.g. "pose-tracker" */
    public String label() {
        return label;
    }

    /** @return whether signals may be named freely, in any unit, instead of by fixed roles */
    public boolean openSignals() {
        return roles.isEmpty();
    }

    /** @return the signal roles this type requires, with the quantity each must measure */
    public Map<String, Unit.Quantity> roles() {
        return roles;
    }

    /**
     * @param label a type name from a file
     * @return the type
     * @throws IllegalArgumentException listing the known types
     */
    public static DeviceType of(String label) {
        for (DeviceType t : values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown device type '" + label + "' (known: robot, pose-tracker, generic)");
    }

    private static Map<String, Unit.Quantity> roles(Object... pairs) {
        Map<String, Unit.Quantity> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Unit.Quantity) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
