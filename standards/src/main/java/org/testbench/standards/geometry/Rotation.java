package org.testbench.standards.geometry;

import java.util.Arrays;

/**
 * An orientation in the robot's base frame as an immutable, proper 3x3 rotation matrix.
 *
 * <p>Orientation angles follow ISO 9283: a, b and c are rotations about the <em>fixed</em> base
 * axes X, Y and Z, applied in that order, so {@code R = Rz(c) * Ry(b) * Rx(a)} (equivalently the
 * intrinsic Z-Y'-X'' sequence c, b, a). {@link #apply} maps a vector given in the rotated frame
 * into the base frame.
 *
 * <p>Small orientation errors are compared as rotation vectors ({@link #toRotationVector}) of the
 * deviation {@code Rc^T * Rj}, because subtracting Euler angles wraps around at ±180° and mixes
 * axes near gimbal lock.
 */
public final class Rotation {

    /** The identity: no rotation. */
    public static final Rotation IDENTITY = new Rotation(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});

    /** Below this |cos b| the a and c angles are no longer separable (gimbal lock). */
    private static final double GIMBAL_LOCK_COS = 1e-9;

    /** Below this angle (rad) the Rodrigues coefficients are taken from their Taylor series. */
    private static final double SMALL_ANGLE = 1e-6;

    /** Row-major elements m[3 * row + col]; never exposed, so the instance stays immutable. */
    private final double[] m;

    private Rotation(double[] rowMajor) {
        this.m = rowMajor;
    }

    /**
     * Builds the rotation of ISO 9283 orientation angles, {@code R = Rz(c) * Ry(b) * Rx(a)}.
     *
     * @param aDeg rotation about base X, degrees
     * @param bDeg rotation about base Y, degrees
     * @param cDeg rotation about base Z, degrees
     * @return the rotation
     */
    public static Rotation fromAbc(double aDeg, double bDeg, double cDeg) {
        double a = Math.toRadians(aDeg);
        double b = Math.toRadians(bDeg);
        double c = Math.toRadians(cDeg);
        double sa = Math.sin(a), ca = Math.cos(a);
        double sb = Math.sin(b), cb = Math.cos(b);
        double sc = Math.sin(c), cc = Math.cos(c);
        return new Rotation(new double[] {
            cc * cb, cc * sb * sa - sc * ca, cc * sb * ca + sc * sa,
            sc * cb, sc * sb * sa + cc * ca, sc * sb * ca - cc * sa,
            -sb, cb * sa, cb * ca});
    }

    /**
     * The exponential map: the rotation by |w| radians about the axis w / |w| (Rodrigues).
     *
     * @param radians the rotation vector w, radians
     * @return the rotation; the identity for w = 0
     */
    public static Rotation fromRotationVector(Vector3 radians) {
        double x = radians.x(), y = radians.y(), z = radians.z();
        double theta2 = x * x + y * y + z * z;
        double theta = Math.sqrt(theta2);
        double sinc;
        double versc;
        if (theta < SMALL_ANGLE) {
            sinc = 1 - theta2 / 6;
            versc = 0.5 - theta2 / 24;
        } else {
            double half = Math.sin(theta / 2);
            sinc = Math.sin(theta) / theta;
            versc = 2 * half * half / theta2;  // (1 - cos θ) / θ², without the cancellation
        }
        // R = I + sinc [w]x + versc [w]x², with [w]x² = w wᵀ - θ² I
        return new Rotation(new double[] {
            1 + versc * (x * x - theta2), versc * x * y - sinc * z, versc * x * z + sinc * y,
            versc * x * y + sinc * z, 1 + versc * (y * y - theta2), versc * y * z - sinc * x,
            versc * x * z - sinc * y, versc * y * z + sinc * x, 1 + versc * (z * z - theta2)});
    }

    /**
     * The logarithmic map: the rotation vector w with {@code fromRotationVector(w) == this} and
     * |w| in [0, π]. At exactly π either of the two opposite axes is a valid answer.
     *
     * @return the rotation vector, radians
     */
    public Vector3 toRotationVector() {
        // The skew part gives sin θ * axis, the trace cos θ; atan2 keeps θ accurate near 0 and π.
        double vx = (m[7] - m[5]) / 2, vy = (m[2] - m[6]) / 2, vz = (m[3] - m[1]) / 2;
        double sin = Math.sqrt(vx * vx + vy * vy + vz * vz);
        double cos = (m[0] + m[4] + m[8] - 1) / 2;
        double theta = Math.atan2(sin, cos);
        if (cos >= 0) {
            double scale = theta < SMALL_ANGLE ? 1 + sin * sin / 6 : theta / sin;
            return new Vector3(vx * scale, vy * scale, vz * scale);
        }
        // Beyond 90° the skew part fades; the symmetric part (1 - cos θ) n nᵀ carries the axis.
        int i = m[0] >= m[4] && m[0] >= m[8] ? 0 : (m[4] >= m[8] ? 1 : 2);
        double versine = 1 - cos;
        double[] n = new double[3];
        n[i] = Math.sqrt(Math.max(0, (m[4 * i] - cos) / versine));
        for (int j = 0; j < 3; j++) {
            if (j != i) {
                n[j] = (m[3 * i + j] + m[3 * j + i]) / (2 * versine * n[i]);
            }
        }
        double norm = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
        double sign = n[0] * vx + n[1] * vy + n[2] * vz < 0 ? -1 : 1;
        double scale = sign * theta / norm;
        return new Vector3(n[0] * scale, n[1] * scale, n[2] * scale);
    }

    /**
     * The deviation of this orientation from a reference, as the rotation vector of
     * {@code this * reference^T} in degrees: its components are rotations about the base X, Y and
     * Z axes, the axes ISO 9283's a, b, c are defined about, and it does not wrap around at ±180°
     * as Euler angle differences do.
     *
     * @param reference the reference orientation, e.g. the commanded one
     * @return the deviation, degrees
     */
    public Vector3 deviationDegreesFrom(Rotation reference) {
        return this.times(reference.transpose()).toRotationVector().times(180 / Math.PI);
    }

    /**
     * The ISO 9283 angles of this rotation, the inverse of {@link #fromAbc}: b in [-90°, 90°],
     * a and c in (-180°, 180°]. In gimbal lock (b = ±90°) only a - c or a + c is defined;
     * c is then reported as 0 and a carries the whole rotation about the remaining axis.
     *
     * @return {a, b, c} in degrees
     */
    public double[] toAbc() {
        double cosB = Math.hypot(m[0], m[3]);
        double b = Math.atan2(-m[6], cosB);
        double c = cosB > GIMBAL_LOCK_COS ? Math.atan2(m[3], m[0]) : 0;
        // a from row 1 of Rz(c)^T R = Ry(b) Rx(a), which is (0, cos a, -sin a): a stays consistent
        // with the chosen c, so the angles rebuild this matrix even where c itself is ill-defined.
        double sc = Math.sin(c), cc = Math.cos(c);
        double cosA = -sc * m[1] + cc * m[4];
        double sinA = sc * m[2] - cc * m[5];
        double a = Math.atan2(sinA, cosA);
        return new double[] {Math.toDegrees(a), Math.toDegrees(b), Math.toDegrees(c)};
    }

    /**
     * @param o the rotation applied first
     * @return this * o
     */
    public Rotation times(Rotation o) {
        double[] r = new double[9];
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                r[3 * row + col] = m[3 * row] * o.m[col] + m[3 * row + 1] * o.m[3 + col]
                        + m[3 * row + 2] * o.m[6 + col];
            }
        }
        return new Rotation(r);
    }

    /** @return the transpose, which for a rotation is its inverse */
    public Rotation transpose() {
        return new Rotation(new double[] {m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8]});
    }

    /**
     * @param v a vector in the rotated frame
     * @return R * v, the same vector in the base frame
     */
    public Vector3 apply(Vector3 v) {
        return new Vector3(
                m[0] * v.x() + m[1] * v.y() + m[2] * v.z(),
                m[3] * v.x() + m[4] * v.y() + m[5] * v.z(),
                m[6] * v.x() + m[7] * v.y() + m[8] * v.z());
    }

    /**
     * @param row the row, 0..2
     * @param col the column, 0..2
     * @return the matrix element R[row][col]
     */
    public double element(int row, int col) {
        if (row < 0 || row > 2 || col < 0 || col > 2) {
            throw new IndexOutOfBoundsException("rotation element (" + row + ", " + col + ") outside 0..2");
        }
        return m[3 * row + col];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rotation && Arrays.equals(m, ((Rotation) o).m);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m);
    }

    @Override
    public String toString() {
        return String.format("Rotation[[%.9f, %.9f, %.9f], [%.9f, %.9f, %.9f], [%.9f, %.9f, %.9f]]",
                m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]);
    }
}
