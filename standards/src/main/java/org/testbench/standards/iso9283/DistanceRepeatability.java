package org.testbench.standards.iso9283;

import java.util.List;
import org.testbench.standards.geometry.Pose;

/**
 * Distance repeatability (ISO 9283 clause 7.4): how closely the attained distances between two
 * poses agree over the cycles.
 *
 * <p>RD = ±3 sqrt(Σ(D_j - D̄)² / (n - 1)) with D_j = |P_1j - P_2j|; RDa, RDb, RDc the same over
 * the orientation distances D_aj, D_bj, D_cj (see {@link PairedDistances}). The values are kept as
 * magnitudes; a report writes them with "±".
 *
 * @param n   the number of cycles
 * @param rd  RD, mm
 * @param rdA RDa, degrees
 * @param rdB RDb, degrees
 * @param rdC RDc, degrees
 */
public record DistanceRepeatability(int n, double rd, double rdA, double rdB, double rdC) {

    /**
     * Computes distance repeatability from attained poses paired by cycle.
     *
     * @param commanded1 the first commanded pose
     * @param commanded2 the second commanded pose
     * @param attained1  the attained poses at the first, at least two
     * @param attained2  the attained poses at the second, as many, paired by cycle
     * @return the distance repeatability
     * @throws IllegalArgumentException when there are fewer than two cycles or the lists differ in length
     */
    public static DistanceRepeatability of(Pose commanded1, Pose commanded2, List<Pose> attained1,
                                           List<Pose> attained2) {
        PairedDistances d = PairedDistances.of("distance repeatability", 2, "cycles (sample standard deviation)",
                commanded1, commanded2, attained1, attained2);
        return new DistanceRepeatability(d.distance.length, SampleStatistics.threeSigma(d.distance),
                SampleStatistics.threeSigma(d.orientation[0]), SampleStatistics.threeSigma(d.orientation[1]),
                SampleStatistics.threeSigma(d.orientation[2]));
    }

    /**
     * @param symbol one of {@link Iso9283#DISTANCE_REPEATABILITY_SYMBOLS}
     * @return the value of that characteristic, mm or degrees
     */
    public double value(String symbol) {
        return Iso9283.valueOf("distance repeatability", Iso9283.DISTANCE_REPEATABILITY_SYMBOLS, symbol,
                rd, rdA, rdB, rdC);
    }
}
