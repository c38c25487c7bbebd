package org.testbench.rigs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something a device can do beyond what its type requires, offered when its rig file maps the
 * optional signals for it: all of them, or none. A rig without them still validates; a procedure
 * that needs one asks {@link DeviceDefinition#require} before anything moves.
 */
public enum Capability {
    /**
     * A robot follows a linear or circular path at a commanded speed: path-type (1 linear,
     * 2 circular), the via and end points as arrays path-x .. path-c, path-speed, then a new
     * path-request number; the controller sets path-done to it once the path has settled.
     */
    PATH("follow paths", roles(
            "path-type", Unit.Quantity.COUNT,
            "path-x", Unit.Quantity.LENGTH, "path-y", Unit.Quantity.LENGTH, "path-z", Unit.Quantity.LENGTH,
            "path-a", Unit.Quantity.ANGLE, "path-b", Unit.Quantity.ANGLE, "path-c", Unit.Quantity.ANGLE,
            "path-speed", Unit.Quantity.VELOCITY, "path-request", Unit.Quantity.COUNT,
            "path-done", Unit.Quantity.COUNT)),
    /** A force applied to the robot's tool, one signal per base axis (static compliance). */
    LOAD("apply a load", roles(
            "load-x", Unit.Quantity.FORCE, "load-y", Unit.Quantity.FORCE, "load-z", Unit.Quantity.FORCE)),
    /**
     * The controller's clock: seconds since it started, with its own time as source timestamp, so
     * samples can be placed on the controller's time line (for the simulator: simulated time).
     */
    CLOCK("report its clock", roles("clock", Unit.Quantity.TIME));

    private final String action;
    private final Map<String, Unit.Quantity> roles;

    Capability(String action, Map<String, Unit.Quantity> roles) {
        this.action = action;
        this.roles = roles;
    }

    /** @return what the device can do with it, e.g. "follow paths", for messages */
    public String action() {
        return action;
    }

    /** @return the optional signal roles it needs, all of them, with the quantity each must measure */
    public Map<String, Unit.Quantity> roles() {
        return roles;
    }

    static Map<String, Unit.Quantity> roles(Object... pairs) {
        Map<String, Unit.Quantity> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Unit.Quantity) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
