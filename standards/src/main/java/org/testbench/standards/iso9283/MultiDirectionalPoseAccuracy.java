package org.testbench.standards.iso9283;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;

/**
 * Multi-directional pose accuracy variation (ISO 9283 clause 7.3): how far apart the mean attained
 * poses lie when the same commanded pose is approached from different directions (the standard
 * uses three orthogonal directions, 30 cycles each, at P1, P2 and P4).
 *
 * <p>vAPp = max over direction pairs h, k of |P̄_h - P̄_k|; vAPa = max |ā_h - ā_k|, likewise vAPb
 * and vAPc. Each direction's mean is its {@link PoseAccuracy}, so ā_h is the mean orientation
 * deviation from the commanded orientation, as there, rather than a mean of Euler angles.
 *
 * @param directions the per-direction pose accuracies, in the order given
 * @param vapP       vAPp, mm
 * @param vapA       vAPa, degrees
 * @param vapB       vAPb, degrees
 * @param vapC       vAPc, degrees
 */
public record MultiDirectionalPoseAccuracy(List<PoseAccuracy> directions, double vapP, double vapA, double vapB,
                                           double vapC) {

    /**
     * Keeps an unmodifiable copy of the per-direction accuracies.
     *
     * @param directions the per-direction pose accuracies
     * @param vapP       vAPp, mm
     * @param vapA       vAPa, degrees
     * @param vapB       vAPb, degrees
     * @param vapC       vAPc, degrees
     */
    public MultiDirectionalPoseAccuracy {
        directions = List.copyOf(directions);
    }

    /**
     * Computes vAP of one commanded pose.
     *
     * @param commanded            the commanded pose
     * @param attainedPerDirection for each approach direction, its attained poses (at least one each);
     *                             at least two directions
     * @return the multi-directional pose accuracy variation
     * @throws IllegalArgumentException when fewer than two directions or an empty direction is given
     */
    public static MultiDirectionalPoseAccuracy of(Pose commanded, List<List<Pose>> attainedPerDirection) {
        Objects.requireNonNull(commanded, "commanded");
        int m = SampleStatistics.requireAtLeast("multi-directional pose accuracy variation", 2,
                "approach directions (a variation between directions)", attainedPerDirection);
        List<PoseAccuracy> directions = new ArrayList<>(m);
        List<Vector3> barycentres = new ArrayList<>(m);
        double[] a = new double[m];
        double[] b = new double[m];
        double[] c = new double[m];
        for (int h = 0; h < m; h++) {
            List<Pose> attained = attainedPerDirection.get(h);
            if (attained == null || attained.isEmpty()) {
                throw new IllegalArgumentException("multi-directional pose accuracy variation: approach direction "
                        + (h + 1) + " of " + m + " has no attained poses");
            }
            PoseAccuracy ap = PoseAccuracy.of(commanded, attained);
            directions.add(ap);
            barycentres.add(ap.barycentre());
            a[h] = ap.apA();
            b[h] = ap.apB();
            c[h] = ap.apC();
        }
        return new MultiDirectionalPoseAccuracy(directions, SampleStatistics.largestDistance(barycentres),
                SampleStatistics.range(a), SampleStatistics.range(b), SampleStatistics.range(c));
    }

    /**
     * @param symbol one of {@link Iso9283#MULTI_DIRECTIONAL_SYMBOLS}
     * @return the value of that characteristic, mm or degrees
     */
    public double value(String symbol) {
        return Iso9283.valueOf("multi-directional pose accuracy variation", Iso9283.MULTI_DIRECTIONAL_SYMBOLS, symbol,
                vapP, vapA, vapB, vapC);
    }
}
