package org.testbench.rigs.sim.robot;

import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Rotation;
import org.testbench.standards.geometry.Vector3;

/**
 * One straight or circular piece of a commanded path, parameterized by arc length l from its
 * start. Its orientation turns from that of {@link #from()} to that of {@link #to()} along the
 * shortest rotation, in proportion to l.
 */
sealed interface PathPiece permits PathPiece.Line, PathPiece.Arc {

    /** @return the pose at the start of the piece */
    Pose from();

    /** @return the pose at its end */
    Pose to();

    /** @return its length, mm, &gt; 0 */
    double length();

    /**
     * @param l arc length from the start, 0 .. length()
     * @return the position there, mm
     */
    Vector3 position(double l);

    /**
     * @param l arc length from the start, 0 .. length()
     * @return the unit direction of travel there
     */
    Vector3 tangent(double l);

    /** @return the largest distance of any point of the piece from the base origin, mm */
    double farthestFromOrigin();

    /**
     * @param l arc length from the start, 0 .. length()
     * @return the commanded orientation there
     */
    default Rotation rotation(double l) {
        Rotation start = from().rotation();
        Vector3 turn = start.transpose().times(to().rotation()).toRotationVector();
        return start.times(Rotation.fromRotationVector(turn.times(l / length())));
    }

    /**
     * A straight piece.
     *
     * @param from its start pose
     * @param to   its end pose, at another position
     */
    record Line(Pose from, Pose to) implements PathPiece {

        @Override
        public double length() {
            return from.position().distanceTo(to.position());
        }

        @Override
        public Vector3 position(double l) {
            return from.position().plus(tangent(l).times(l));
        }

        @Override
        public Vector3 tangent(double l) {
            return to.position().minus(from.position()).times(1 / length());
        }

        @Override
        public double farthestFromOrigin() {
            return Math.max(from.position().norm(), to.position().norm());
        }
    }

    /**
     * A circular piece: centre + r (cos φ e1 + sin φ e2) for φ from {@code startAngle} through
     * {@code sweep}, e1 and e2 orthonormal in the circle's plane.
     *
     * @param from       its start pose, on the circle
     * @param to         its end pose, on the circle
     * @param centre     the centre, mm
     * @param e1         unit vector of φ = 0
     * @param e2         unit vector of φ = 90°, the sense of travel
     * @param radius     r, mm
     * @param startAngle φ at the start, rad
     * @param sweep      the angle travelled, rad, &gt; 0
     */
    record Arc(Pose from, Pose to, Vector3 centre, Vector3 e1, Vector3 e2, double radius, double startAngle,
               double sweep) implements PathPiece {

        @Override
        public double length() {
            return radius * sweep;
        }

        @Override
        public Vector3 position(double l) {
            double phi = startAngle + l / radius;
            return centre.plus(e1.times(radius * Math.cos(phi))).plus(e2.times(radius * Math.sin(phi)));
        }

        @Override
        public Vector3 tangent(double l) {
            double phi = startAngle + l / radius;
            return e2.times(Math.cos(phi)).minus(e1.times(Math.sin(phi)));
        }

        /** |p(φ)|² = |c|² + r² + 2r(c·e1 cos φ + c·e2 sin φ) peaks at φ* = atan2(c·e2, c·e1), if reached. */
        @Override
        public double farthestFromOrigin() {
            double peak = Math.atan2(centre.dot(e2), centre.dot(e1));
            double offset = ((peak - startAngle) % (2 * Math.PI) + 2 * Math.PI) % (2 * Math.PI);
            double farthest = Math.max(from.position().norm(), to.position().norm());
            return offset <= sweep ? Math.max(farthest, position(offset * radius).norm()) : farthest;
        }
    }
}
