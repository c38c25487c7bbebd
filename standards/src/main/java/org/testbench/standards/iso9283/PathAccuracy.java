package org.testbench.standards.iso9283;

import java.util.ArrayList;
import java.util.List;
import org.testbench.standards.geometry.Pose;

/**
 * Path accuracy (ISO 9283 clause 8.2, check): the largest distance between a commanded path point
 * and the barycentre of the runs' attained points there ({@link PathPlaneCrossing}).
 *
 * <p>ATp = max_i |P̄_i - P_ci|; ATa = max_i |ā_i - a_ci|, likewise b, c. Each point's barycentre
 * and mean orientation deviation is its {@link PoseAccuracy}, so ATp = max_i APp_i and
 * ATa = max_i |APa_i|, orientation deviations taken as there.
 *
 * @param points the per-point pose accuracies, in the order of the commanded points
 * @param atP    ATp, mm
 * @param atA    ATa, degrees
 * @param atB    ATb, degrees
 * @param atC    ATc, degrees
 */
public record PathAccuracy(List<PoseAccuracy> points, double atP, double atA, double atB, double atC) {

    /**
     * Keeps an unmodifiable copy of the per-point accuracies.
     *
     * @param points the per-point pose accuracies
     * @param atP    ATp, mm
     * @param atA    ATa, degrees
     * @param atB    ATb, degrees
     * @param atC    ATc, degrees
     */
    public PathAccuracy {
        points = List.copyOf(points);
    }

    /**
     * @param commanded the commanded path points, with their commanded orientations
     * @param runs      per run (at least one), its attained points in the order of {@code commanded}
     * @return the path accuracy
     * @throws IllegalArgumentException when there are no runs or points, or a run has the wrong length
     */
    public static PathAccuracy of(List<Pose> commanded, List<List<Pose>> runs) {
        List<List<Pose>> byPoint = PathPoints.byPoint("path accuracy", 1, "run", commanded, runs);
        List<PoseAccuracy> points = new ArrayList<>(byPoint.size());
        double p = 0, a = 0, b = 0, c = 0;
        for (int i = 0; i < byPoint.size(); i++) {
            PoseAccuracy ap = PoseAccuracy.of(commanded.get(i), byPoint.get(i));
            points.add(ap);
            p = Math.max(p, ap.apP());
            a = Math.max(a, Math.abs(ap.apA()));
            b = Math.max(b, Math.abs(ap.apB()));
            c = Math.max(c, Math.abs(ap.apC()));
        }
        return new PathAccuracy(points, p, a, b, c);
    }

    /**
     * @param symbol one of {@link Iso9283#PATH_ACCURACY_SYMBOLS}
     * @return the value of that characteristic, mm or degrees
     */
    public double value(String symbol) {
        return Iso9283.valueOf("path accuracy", Iso9283.PATH_ACCURACY_SYMBOLS, symbol, atP, atA, atB, atC);
    }
}
