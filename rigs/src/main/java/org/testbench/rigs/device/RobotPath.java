package org.testbench.rigs.device;

import java.util.List;
import java.util.Objects;
import org.testbench.standards.geometry.Pose;

/**
 * A path for a robot to follow from where it stands (ISO 9283 clause 8 paths: a straight line, a
 * rectangle whose corners test cornering, a circle made of two arcs).
 *
 * @param type        straight segments or arcs, see {@link PathType}
 * @param points      the points after the start: for LINEAR each corner and the end, for CIRCULAR
 *                    (via, end) pairs; base frame, mm and degrees
 * @param speedMmPerS the commanded path speed v_c, mm/s, &gt; 0
 */
public record RobotPath(PathType type, List<Pose> points, double speedMmPerS) {

    /** Checks the point count fits the type and the speed is positive; freezes the points. */
    public RobotPath {
        Objects.requireNonNull(type, "type");
        points = List.copyOf(points);
        if (points.isEmpty() || (type == PathType.CIRCULAR && points.size() % 2 != 0)) {
            throw new IllegalArgumentException("a " + type.name().toLowerCase() + " path needs "
                    + (type == PathType.CIRCULAR ? "(via, end) pairs of points" : "at least one point")
                    + ", got " + points.size());
        }
        if (!(speedMmPerS > 0) || Double.isInfinite(speedMmPerS)) {
            throw new IllegalArgumentException("path speed must be > 0 mm/s and finite, got " + speedMmPerS);
        }
    }

    /**
     * @param speedMmPerS the path speed, mm/s
     * @param points      the corners and the end
     * @return a path of straight segments through the points
     */
    public static RobotPath linear(double speedMmPerS, Pose... points) {
        return new RobotPath(PathType.LINEAR, List.of(points), speedMmPerS);
    }

    /**
     * @param speedMmPerS the path speed, mm/s
     * @param viaAndEnd   (via, end) pairs, one per arc
     * @return a path of circular arcs
     */
    public static RobotPath circular(double speedMmPerS, Pose... viaAndEnd) {
        return new RobotPath(PathType.CIRCULAR, List.of(viaAndEnd), speedMmPerS);
    }
}
