package org.testbench.standards.iso9283;

import java.util.ArrayList;
import java.util.List;
import org.testbench.standards.geometry.Pose;

/**
 * Path repeatability (ISO 9283 clause 8.3, check): the largest spread of the runs' attained points
 * ({@link PathPlaneCrossing}) at any commanded path point.
 *
 * <p>RTp = max_i (l̄_i + 3 S_li) with l_ij = |P_ij - P̄_i|, and RTa = max_i 3 sqrt(Σ_j(a_ij - ā_i)² / (n - 1)),
 * likewise b, c. At each point that is exactly pose repeatability, so RTp = max_i RPl_i and
 * RTa = max_i RPa_i of the per-point {@link PoseRepeatability}, with orientation deviations
 * taken from the commanded orientation of the point.
 *
 * @param points the per-point pose repeatabilities, in the order of the commanded points
 * @param rtP    RTp, mm
 * @param rtA    RTa, degrees
 * @param rtB    RTb, degrees
 * @param rtC    RTc, degrees
 */
public record PathRepeatability(List<PoseRepeatability> points, double rtP, double rtA, double rtB, double rtC) {

    /**
     * Keeps an unmodifiable copy of the per-point repeatabilities.
     *
     * @param points the per-point pose repeatabilities
     * @param rtP    RTp, mm
     * @param rtA    RTa, degrees
     * @param rtB    RTb, degrees
     * @param rtC    RTc, degrees
     */
    public PathRepeatability {
        points = List.copyOf(points);
    }

    /**
     * @param commanded the commanded path points, with their commanded orientations
     * @param runs      per run (at least two), its attained points in the order of {@code commanded}
     * @return the path repeatability
     * @throws IllegalArgumentException when there are fewer than two runs, no points, or a run has the wrong length
     */
    public static PathRepeatability of(List<Pose> commanded, List<List<Pose>> runs) {
        List<List<Pose>> byPoint = PathPoints.byPoint("path repeatability", 2, "runs (sample standard deviation)",
                commanded, runs);
        List<PoseRepeatability> points = new ArrayList<>(byPoint.size());
        double p = 0, a = 0, b = 0, c = 0;
        for (int i = 0; i < byPoint.size(); i++) {
            PoseRepeatability rp = PoseRepeatability.of(byPoint.get(i), commanded.get(i).rotation());
            points.add(rp);
            p = Math.max(p, rp.rpL());
            a = Math.max(a, rp.rpA());
            b = Math.max(b, rp.rpB());
            c = Math.max(c, rp.rpC());
        }
        return new PathRepeatability(points, p, a, b, c);
    }

    /**
     * @param symbol one of {@link Iso9283#PATH_REPEATABILITY_SYMBOLS}
     * @return the value of that characteristic, mm or degrees
     */
    public double value(String symbol) {
        return Iso9283.valueOf("path repeatability", Iso9283.PATH_REPEATABILITY_SYMBOLS, symbol, rtP, rtA, rtB, rtC);
    }
}
