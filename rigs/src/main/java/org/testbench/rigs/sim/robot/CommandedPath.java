package org.testbench.rigs.sim.robot;

import java.util.ArrayList;
import java.util.List;
import org.testbench.rigs.device.PathType;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Rotation;
import org.testbench.standards.geometry.Vector3;

/**
 * The path the simulated controller interpolates, parameterized by arc length s from its start:
 * straight lines or circular arcs, sharp at the corners (the mechanism's rounding is
 * {@link CornerRounding}'s business). A path of no length stands at one pose.
 *
 * <p>At s &lt;= 0 and s &gt;= length the path gives its start and end poses exactly as they were
 * given, so a robot that arrives reports the commanded pose to the last bit.
 */
final class CommandedPath {

    /**
     * A corner between two straight pieces.
     *
     * @param s         arc length of the corner point, mm
     * @param point     the corner point, mm
     * @param in        unit direction of the incoming piece
     * @param out       unit direction of the outgoing piece
     * @param inLength  length of the incoming piece, mm
     * @param outLength length of the outgoing piece, mm
     */
    record Corner(double s, Vector3 point, Vector3 in, Vector3 out, double inLength, double outLength) {

        /** @return the turning angle θ between the two directions, rad */
        double angle() {
            return Math.acos(Math.max(-1, Math.min(1, in.dot(out))));
        }
    }

    /** Directions closer than this (rad) are one straight line, not a corner. */
    private static final double STRAIGHT = 1e-9;

    private final Pose start;
    private final Pose end;
    private final List<PathPiece> pieces;
    private final double[] starts;
    private final double length;

    private CommandedPath(Pose start, Pose end, List<PathPiece> pieces) {
        this.start = start;
        this.end = end;
        this.pieces = List.copyOf(pieces);
        this.starts = new double[pieces.size()];
        double s = 0;
        for (int i = 0; i < pieces.size(); i++) {
            starts[i] = s;
            s += pieces.get(i).length();
        }
        this.length = s;
    }

    /**
     * @param pose where to stand
     * @return a path of no length
     */
    static CommandedPath at(Pose pose) {
        return new CommandedPath(pose, pose, List.of());
    }

    /**
     * @param from the start pose
     * @param to   the end pose
     * @return the straight path, of no length when both positions agree
     */
    static CommandedPath line(Pose from, Pose to) {
        return of(PathType.LINEAR, from, List.of(to));
    }

    /**
     * @param type   straight segments through the points, or arcs through (via, end) pairs
     * @param start  where the path starts
     * @param points the points after the start
     * @return the path
     * @throws IllegalArgumentException when an arc's three points lie on one line or coincide
     */
    static CommandedPath of(PathType type, Pose start, List<Pose> points) {
        List<PathPiece> pieces = new ArrayList<>();
        Pose from = start;
        if (type == PathType.LINEAR) {
            for (Pose to : points) {
                if (to.position().distanceTo(from.position()) > 0) {
                    pieces.add(new PathPiece.Line(from, to));
                }
                from = to;
            }
        } else {
            for (int i = 0; i + 1 < points.size(); i += 2) {
                pieces.addAll(arc(from, points.get(i), points.get(i + 1)));
                from = points.get(i + 1);
            }
        }
        return new CommandedPath(start, points.isEmpty() ? start : points.get(points.size() - 1), pieces);
    }

    /** The arc from a through b to c as two pieces of one circle, split at b so each keeps its orientation. */
    private static List<PathPiece> arc(Pose a, Pose b, Pose c) {
        Vector3 u = b.position().minus(a.position());
        Vector3 w = c.position().minus(a.position());
        Vector3 n = cross(u, w);
        double n2 = n.dot(n);
        if (!(n2 > 1e-12 * u.dot(u) * w.dot(w))) {
            throw new IllegalArgumentException("arc through " + a + ", " + b + " and " + c
                    + ": the three points lie on one line, so they define no circle");
        }
        // circumcentre of the triangle a, b, c
        Vector3 centre = a.position().plus(cross(n, u).times(w.dot(w)).plus(cross(w, n).times(u.dot(u)))
                .times(1 / (2 * n2)));
        double radius = a.position().distanceTo(centre);
        Vector3 e1 = a.position().minus(centre).times(1 / radius);
        Vector3 e2 = cross(n.times(1 / Math.sqrt(n2)), e1);
        double viaAngle = angle(b.position().minus(centre), e1, e2);
        double endAngle = angle(c.position().minus(centre), e1, e2);
        return List.of(new PathPiece.Arc(a, b, centre, e1, e2, radius, 0, viaAngle),
                new PathPiece.Arc(b, c, centre, e1, e2, radius, viaAngle, endAngle - viaAngle));
    }

    /** @return the angle of v about the circle, in [0, 2π) from e1 towards e2 */
    private static double angle(Vector3 v, Vector3 e1, Vector3 e2) {
        double phi = Math.atan2(v.dot(e2), v.dot(e1));
        return phi < 0 ? phi + 2 * Math.PI : phi;
    }

    static Vector3 cross(Vector3 a, Vector3 b) {
        return new Vector3(a.y() * b.z() - a.z() * b.y(), a.z() * b.x() - a.x() * b.z(), a.x() * b.y() - a.y() * b.x());
    }

    /** @return the path length, mm; 0 for a path standing at one pose */
    double length() {
        return length;
    }

    /** @return the pieces in order */
    List<PathPiece> pieces() {
        return pieces;
    }

    /**
     * @param s arc length, mm
     * @return the commanded pose there; exactly the start or end pose outside (0, length)
     */
    Pose pose(double s) {
        if (s <= 0 || pieces.isEmpty()) {
            return s >= length ? end : start;
        }
        if (s >= length) {
            return end;
        }
        int i = pieceAt(s);
        double[] abc = pieces.get(i).rotation(s - starts[i]).toAbc();
        return new Pose(position(s), abc[0], abc[1], abc[2]);
    }

    /**
     * @param s arc length, mm
     * @return the commanded position there, mm
     */
    Vector3 position(double s) {
        if (s <= 0 || pieces.isEmpty()) {
            return (s >= length ? end : start).position();
        }
        if (s >= length) {
            return end.position();
        }
        int i = pieceAt(s);
        return pieces.get(i).position(s - starts[i]);
    }

    /**
     * @param s arc length, mm
     * @return the unit direction of travel there; zero for a path of no length
     */
    Vector3 tangent(double s) {
        if (pieces.isEmpty()) {
            return Vector3.ZERO;
        }
        int i = pieceAt(Math.max(0, Math.min(length, s)));
        return pieces.get(i).tangent(Math.max(0, Math.min(pieces.get(i).length(), s - starts[i])));
    }

    /**
     * @param s arc length, mm
     * @return the commanded orientation there
     */
    Rotation rotation(double s) {
        return pose(s).rotation();
    }

    /** @return the corners between straight pieces, in order along the path */
    List<Corner> corners() {
        List<Corner> corners = new ArrayList<>();
        for (int i = 0; i + 1 < pieces.size(); i++) {
            if (pieces.get(i) instanceof PathPiece.Line in && pieces.get(i + 1) instanceof PathPiece.Line out) {
                Corner corner = new Corner(starts[i + 1], in.to().position(), in.tangent(0), out.tangent(0),
                        in.length(), out.length());
                if (corner.angle() > STRAIGHT) {
                    corners.add(corner);
                }
            }
        }
        return corners;
    }

    /** @return the largest distance of the path from the base origin, mm */
    double farthestFromOrigin() {
        double farthest = start.position().norm();
        for (PathPiece piece : pieces) {
            farthest = Math.max(farthest, piece.farthestFromOrigin());
        }
        return farthest;
    }

    private int pieceAt(double s) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= s) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
