package org.testbench.standards.iso9283;

import java.util.List;
import java.util.Objects;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Rotation;
import org.testbench.standards.geometry.Vector3;

/**
 * The per-cycle distances between two attained poses that distance accuracy and distance
 * repeatability (ISO 9283 clause 7.4) are both computed from.
 *
 * <p>For cycle j: D_j = |P_1j - P_2j|; per axis D_xj = x_1j - x_2j, here kept as its deviation
 * from the commanded D_cx = x_c1 - x_c2. The standard writes the orientation distance as
 * D_aj = a_1j - a_2j against D_ca = a_c1 - a_c2; since D_aj - D_ca = (a_1j - a_c1) - (a_2j - a_c2),
 * it is computed as the difference of the two poses' orientation deviations from their commanded
 * orientations (as in {@link PoseAccuracy}), which does not wrap around at ±180°. Each deviation is
 * expressed about its own commanded orientation's axes; the test normally commands both poses
 * with the same orientation, and then the axes agree.
 */
final class PairedDistances {

    /** D_c, the commanded distance, mm. */
    final double commanded;
    /** D_j per cycle, mm. */
    final double[] distance;
    /** (D_xj - D_cx, D_yj - D_cy, D_zj - D_cz) per cycle as rows x, y, z, mm. */
    final double[][] axis = new double[3][];
    /** (D_aj - D_ca, D_bj - D_cb, D_cj - D_cc) per cycle as rows a, b, c, degrees. */
    final double[][] orientation = new double[3][];

    private PairedDistances(double commanded, int n) {
        this.commanded = commanded;
        this.distance = new double[n];
        for (int k = 0; k < 3; k++) {
            axis[k] = new double[n];
            orientation[k] = new double[n];
        }
    }

    /**
     * @param characteristic the characteristic being computed, for messages
     * @param minCycles      the fewest cycles it can be computed from
     * @param items          what is counted and why that many, for messages, e.g. "cycles (sample standard deviation)"
     * @param commanded1     the first commanded pose (P2 in the standard's test)
     * @param commanded2     the second commanded pose (P4)
     * @param attained1      the attained poses at the first, one per cycle
     * @param attained2      the attained poses at the second, paired with {@code attained1} by cycle
     * @return the per-cycle distances
     */
    static PairedDistances of(String characteristic, int minCycles, String items, Pose commanded1, Pose commanded2,
                              List<Pose> attained1, List<Pose> attained2) {
        Objects.requireNonNull(commanded1, "commanded1");
        Objects.requireNonNull(commanded2, "commanded2");
        int n = SampleStatistics.requireAtLeast(characteristic, minCycles, items, attained1);
        if (attained2 == null || attained2.size() != n) {
            throw new IllegalArgumentException(characteristic + " needs the attained poses in pairs, one of each per"
                    + " cycle: got " + n + " at the first pose and " + (attained2 == null ? 0 : attained2.size())
                    + " at the second");
        }
        Vector3 commandedOffset = commanded1.position().minus(commanded2.position());
        PairedDistances d = new PairedDistances(commandedOffset.norm(), n);
        Rotation reference1 = commanded1.rotation();
        Rotation reference2 = commanded2.rotation();
        double[] commandedAxis = commandedOffset.toArray();
        for (int j = 0; j < n; j++) {
            Pose p1 = attained1.get(j);
            Pose p2 = attained2.get(j);
            Vector3 offset = p1.position().minus(p2.position());
            d.distance[j] = offset.norm();
            double[] offsetAxis = offset.toArray();
            double[] turn = p1.rotation().deviationDegreesFrom(reference1)
                    .minus(p2.rotation().deviationDegreesFrom(reference2)).toArray();
            for (int k = 0; k < 3; k++) {
                d.axis[k][j] = offsetAxis[k] - commandedAxis[k];
                d.orientation[k][j] = turn[k];
            }
        }
        return d;
    }
}
