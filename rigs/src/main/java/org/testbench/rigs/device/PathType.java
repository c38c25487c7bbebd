package org.testbench.rigs.device;

/**
 * The shape of a commanded path, as written to a robot's path-type signal.
 *
 * <p>The path starts where the robot is. LINEAR runs straight through each given point in turn
 * (a corner at every point but the last); CIRCULAR takes the points in pairs, via and end, each
 * pair an arc of the circle through the arc's start, via and end, as a robot's circular move does
 * (a full circle is two arcs).
 */
public enum PathType {
    /** Straight segments through the points. */
    LINEAR(1),
    /** Arcs through (via, end) pairs of points. */
    CIRCULAR(2);

    private final int code;

    PathType(int code) {
        this.code = code;
    }

    /** @return the value written to path-type */
    public int code() {
        return code;
    }

    /**
     * @param code a path-type value
     * @return the path type
     * @throws IllegalArgumentException when no type has that code
     */
    public static PathType of(int code) {
        for (PathType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown path type " + code + " (1 linear, 2 circular)");
    }
}
