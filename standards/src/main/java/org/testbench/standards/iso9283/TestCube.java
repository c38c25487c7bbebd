package org.testbench.standards.iso9283;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.testbench.standards.geometry.Vector3;

/**
 * The ISO 9283 test cube (edges parallel to the base frame) and the five test poses in its
 * measuring plane.
 *
 * <p>Corner numbering, the project's reading of the ISO 9283 figure (STANDARDS.md marks it
 * "check"), chosen so that each of the four listed diagonal planes is a rectangle a x a√2:
 * C1..C4 go counter-clockwise round the bottom face seen from +Z, starting at
 * C1 = centre + (-a/2, -a/2, -a/2), C2 = (+, -, -), C3 = (+, +, -), C4 = (-, +, -);
 * C(k+4) lies directly above C(k).
 *
 * <p>Poses: P1 is the centre of the plane (the cube centre). P2..P5 lie on the plane's diagonals
 * near the corners, in the order the plane lists its corners: P = C + f (C_opposite - C), with f
 * the diagonal fraction (0.1 by default, ISO 9283 allows 0.1 ± 0.02). So P2/P4 and P3/P5 are
 * opposite. This mapping of P2..P5 onto corners is also the project's reading of the figure.
 *
 * @param centre the cube centre in the base frame, mm
 * @param edgeMm the edge length a, mm
 * @param plane  the measuring plane carrying the poses
 */
public record TestCube(Vector3 centre, double edgeMm, MeasuringPlane plane) {

    /** The default distance of P2..P5 from their corners, as a fraction of the diagonal. */
    public static final double DIAGONAL_FRACTION = 0.1;

    /** The tolerance ISO 9283 allows on {@link #DIAGONAL_FRACTION}. */
    public static final double DIAGONAL_FRACTION_TOLERANCE = 0.02;

    /**
     * Checks the cube has a centre, a plane and a finite positive edge.
     *
     * @param centre the cube centre, mm
     * @param edgeMm the edge length, mm
     * @param plane  the measuring plane
     */
    public TestCube {
        Objects.requireNonNull(centre, "centre");
        Objects.requireNonNull(plane, "plane");
        if (!Double.isFinite(edgeMm) || edgeMm <= 0) {
            throw new IllegalArgumentException("test cube edge must be a finite length > 0 mm, was " + edgeMm);
        }
    }

    /** @return the corners C1..C8 in order */
    public List<Vector3> corners() {
        List<Vector3> corners = new ArrayList<>(8);
        for (int k = 1; k <= 8; k++) {
            corners.add(corner(k));
        }
        return Collections.unmodifiableList(corners);
    }

    /**
     * @param k the corner number, 1..8
     * @return corner Ck
     */
    public Vector3 corner(int k) {
        if (k < 1 || k > 8) {
            throw new IllegalArgumentException("test cube corner must be C1..C8, was C" + k);
        }
        int bottom = (k - 1) % 4;
        double h = edgeMm / 2;
        double dx = bottom == 1 || bottom == 2 ? h : -h;
        double dy = bottom >= 2 ? h : -h;
        double dz = k > 4 ? h : -h;
        return centre.plus(new Vector3(dx, dy, dz));
    }

    /** @return the space diagonal a√3, which is also the diagonal of every measuring plane */
    public double diagonal() {
        return edgeMm * Math.sqrt(3);
    }

    /** @return the poses P1..P5 in that order, at the default {@link #DIAGONAL_FRACTION} */
    public Map<String, Vector3> poses() {
        return poses(DIAGONAL_FRACTION);
    }

    /**
     * @param diagonalFraction the distance of P2..P5 from their corners as a fraction of the
     *                         diagonal, within 0.1 ± 0.02
     * @return the poses P1..P5 in that order
     */
    public Map<String, Vector3> poses(double diagonalFraction) {
        if (!(Math.abs(diagonalFraction - DIAGONAL_FRACTION) <= DIAGONAL_FRACTION_TOLERANCE + 1e-12)) {
            throw new IllegalArgumentException("diagonal fraction must lie in 0.1 ± 0.02, was " + diagonalFraction);
        }
        Map<String, Vector3> poses = new LinkedHashMap<>();
        poses.put("P1", centre);
        List<Integer> planeCorners = plane.corners();
        for (int i = 0; i < 4; i++) {
            Vector3 c = corner(planeCorners.get(i));
            Vector3 opposite = corner(planeCorners.get((i + 2) % 4));
            poses.put("P" + (i + 2), c.plus(opposite.minus(c).times(diagonalFraction)));
        }
        return Collections.unmodifiableMap(poses);
    }
}
