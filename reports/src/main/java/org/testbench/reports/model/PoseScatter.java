package org.testbench.reports.model;

import java.util.List;
import java.util.Objects;
import org.testbench.standards.geometry.Vector3;

/**
 * The attained positions of one pose, the raw material of its repeatability plot.
 *
 * @param pose       the pose's name, e.g. "P1"; matches the subject of its results
 * @param barycentre the barycentre of the attained positions, mm, as the analysis computed it
 * @param attained   the attained positions in cycle order, mm; copied
 */
public record PoseScatter(String pose, Vector3 barycentre, List<Vector3> attained) {

    /** Checks every field is present and copies the attained positions. */
    public PoseScatter {
        Objects.requireNonNull(pose, "pose");
        Objects.requireNonNull(barycentre, "barycentre");
        attained = List.copyOf(Objects.requireNonNull(attained, "attained"));
    }
}
