package org.testbench.standards.iso9283;

import java.util.List;
import org.testbench.standards.geometry.Vector3;

/**
 * Exchangeability (ISO 9283 clause 7.8, check): how far apart robots of the same type put the
 * barycentre of the same commanded pose, each measured in the same mounting with the same program.
 *
 * @param robots          the number of robots compared
 * @param largestDistance the largest distance between any two robots' barycentres, mm
 */
public record Exchangeability(int robots, double largestDistance) {

    /**
     * @param barycentres each robot's barycentre of the attained positions (e.g.
     *                    {@link PoseAccuracy#barycentre()}), at least two, mm
     * @return the exchangeability
     * @throws IllegalArgumentException when fewer than two robots are given
     */
    public static Exchangeability of(List<Vector3> barycentres) {
        int n = SampleStatistics.requireAtLeast("exchangeability", 2, "robots (a distance between barycentres)",
                barycentres);
        return new Exchangeability(n, SampleStatistics.largestDistance(barycentres));
    }
}
