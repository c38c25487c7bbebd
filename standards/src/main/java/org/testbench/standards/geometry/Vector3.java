package org.testbench.standards.geometry;

/**
 * A point or displacement in the robot's base frame, in millimetres.
 *
 * @param x the X coordinate
 * @param y the Y coordinate
 * @param z the Z coordinate
 */
public record Vector3(double x, double y, double z) {

    /** The origin. */
    public static final Vector3 ZERO = new Vector3(0, 0, 0);

    /**
     * @param o the vector to add
     * @return this + o
     */
    public Vector3 plus(Vector3 o) {
        return new Vector3(x + o.x, y + o.y, z + o.z);
    }

    /**
     * @param o the vector to subtract
     * @return this - o
     */
    public Vector3 minus(Vector3 o) {
        return new Vector3(x - o.x, y - o.y, z - o.z);
    }

    /**
     * @param k the factor
     * @return this scaled by k
     */
    public Vector3 times(double k) {
        return new Vector3(x * k, y * k, z * k);
    }

    /**
     * @param o the other vector
     * @return the scalar product this · o
     */
    public double dot(Vector3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    /** @return the Euclidean length */
    public double norm() {
        return Math.sqrt(x * x + y * y + z * z);
    }

    /**
     * @param o the other point
     * @return the Euclidean distance to o
     */
    public double distanceTo(Vector3 o) {
        return minus(o).norm();
    }

    /** @return the components as {x, y, z} */
    public double[] toArray() {
        return new double[] {x, y, z};
    }
}
