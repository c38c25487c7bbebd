package org.testbench.rigs;

import java.time.Duration;
import org.testbench.standards.geometry.Vector3;

/**
 * The part of the base frame a robot may be commanded to, as a box declared in the rig file
 * ({@code workspace: {min: [x, y, z], max: [x, y, z]}}, mm). Procedures whose poses leave it are
 * rejected before the robot is connected. With a rate ({@code rate: 50 Hz}) it is also the robot's
 * envelope: while a run executes, the position every pose tracker of the rig measures must stay
 * inside it, checked at that rate.
 *
 * @param min    the lowest corner, mm
 * @param max    the highest corner, mm
 * @param period how often the measured position is checked against the box, or null when it is not
 */
public record Workspace(Vector3 min, Vector3 max, Duration period) {

    /** Checks the box is not empty. */
    public Workspace {
        if (min.x() >= max.x() || min.y() >= max.y() || min.z() >= max.z()) {
            throw new IllegalArgumentException("workspace min must lie below max on every axis, found min " + mm(min)
                    + " max " + mm(max));
        }
    }

    /**
     * A workspace that only bounds the commanded poses.
     *
     * @param min the lowest corner, mm
     * @param max the highest corner, mm
     */
    public Workspace(Vector3 min, Vector3 max) {
        this(min, max, null);
    }

    /**
     * @param p a point, mm
     * @return it as "(x, y, z)" to a micrometre
     */
    public static String mm(Vector3 p) {
        return String.format(java.util.Locale.ROOT, "(%.3f, %.3f, %.3f)", p.x(), p.y(), p.z());
    }

    /**
     * @param p a position, mm
     * @return whether it lies inside the box (boundary included)
     */
    public boolean contains(Vector3 p) {
        return p.x() >= min.x() && p.x() <= max.x() && p.y() >= min.y() && p.y() <= max.y()
                && p.z() >= min.z() && p.z() <= max.z();
    }
}
