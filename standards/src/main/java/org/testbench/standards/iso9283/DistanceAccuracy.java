package org.testbench.standards.iso9283;

import java.util.List;
import org.testbench.standards.geometry.Pose;

/**
 * Distance accuracy (ISO 9283 clause 7.4): how far the mean attained distance between two poses
 * (P2 and P4 in the standard's test, 30 cycles) differs from the commanded distance.
 *
 * <p>ADp = D̄ - D_c with D_j = |P_1j - P_2j| and D_c = |P_c1 - P_c2|; per axis ADx = D̄x - D_cx
 * with D_xj = x_1j - x_2j, likewise y, z; orientation ADa = D̄a - D_ca, likewise b, c, computed
 * without Euler angle wrap-around as {@link PairedDistances} explains.
 *
 * @param n           the number of cycles
 * @param commandedMm D_c, mm
 * @param meanMm      D̄, mm
 * @param adP         ADp, mm
 * @param adX         ADx, mm
 * @param adY         ADy, mm
 * @param adZ         ADz, mm
 * @param adA         ADa, degrees
 * @param adB         ADb, degrees
 * @param adC         ADc, degrees
 */
public record DistanceAccuracy(int n, double commandedMm, double meanMm, double adP, double adX, double adY,
                               double adZ, double adA, double adB, double adC) {

    /**
     * Computes distance accuracy from attained poses paired by cycle.
     *
     * @param commanded1 the first commanded pose
     * @param commanded2 the second commanded pose
     * @param attained1  the attained poses at the first, at least one
     * @param attained2  the attained poses at the second, as many, paired by cycle
     * @return the distance accuracy
     * @throws IllegalArgumentException when there are no cycles or the lists differ in length
     */
    public static DistanceAccuracy of(Pose commanded1, Pose commanded2, List<Pose> attained1, List<Pose> attained2) {
        PairedDistances d = PairedDistances.of("distance accuracy", 1, "cycle", commanded1, commanded2,
                attained1, attained2);
        double mean = SampleStatistics.mean(d.distance);
        return new DistanceAccuracy(d.distance.length, d.commanded, mean, mean - d.commanded,
                SampleStatistics.mean(d.axis[0]), SampleStatistics.mean(d.axis[1]), SampleStatistics.mean(d.axis[2]),
                SampleStatistics.mean(d.orientation[0]), SampleStatistics.mean(d.orientation[1]),
                SampleStatistics.mean(d.orientation[2]));
    }

    /**
     * @param symbol one of {@link Iso9283#DISTANCE_ACCURACY_SYMBOLS}
     * @return the value of that characteristic, mm or degrees
     */
    public double value(String symbol) {
        return Iso9283.valueOf("distance accuracy", Iso9283.DISTANCE_ACCURACY_SYMBOLS, symbol,
                adP, adX, adY, adZ, adA, adB, adC);
    }
}
