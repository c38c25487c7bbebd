package org.testbench.standards.geometry;

/**
 * A pose of the robot's mechanical interface in its base frame, as ISO 9283 writes it:
 * position x, y, z in millimetres and orientation a, b, c in degrees, the rotations about the
 * base X, Y and Z axes (see {@link Rotation#fromAbc} for the composition order).
 *
 * @param position the position, mm
 * @param a        rotation about base X, degrees
 * @param b        rotation about base Y, degrees
 * @param c        rotation about base Z, degrees
 */
public record Pose(Vector3 position, double a, double b, double c) {

    /**
     * @param x X, mm
     * @param y Y, mm
     * @param z Z, mm
     * @param a about X, deg
     * @param b about Y, deg
     * @param c about Z, deg
     * @return the pose
     */
    public static Pose of(double x, double y, double z, double a, double b, double c) {
        return new Pose(new Vector3(x, y, z), a, b, c);
    }

    /** @return the orientation as a rotation matrix */
    public Rotation rotation() {
        return Rotation.fromAbc(a, b, c);
    }

    /** @return the pose as an operator reads it: "(x, y, z mm; a, b, c deg)" to a micrometre and a millidegree */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "(%.3f, %.3f, %.3f mm; %.3f, %.3f, %.3f deg)",
                position.x(), position.y(), position.z(), a, b, c);
    }
}
