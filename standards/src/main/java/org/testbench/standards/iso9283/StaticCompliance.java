package org.testbench.standards.iso9283;

import java.util.List;
import java.util.Objects;
import org.testbench.standards.geometry.Vector3;

/**
 * Static compliance (ISO 9283 clause 10) in one load direction: displacement of the mechanical
 * interface per unit load, mm/N, from loads applied in steps (10 % of rated load up to 100 %).
 *
 * <p>The compliance is the least-squares slope through the origin of the displacement along the
 * load direction, s_k = d_k · u, against the load magnitude F_k: C = Σ F_k s_k / Σ F_k². The line
 * goes through the origin because each displacement d_k is measured from the unloaded pose, so
 * (0, 0) is a known point rather than a fitted one; the slope uses every step instead of one
 * ratio, and with a single step it is that step's ratio s_1 / F_1. Displacement across the load
 * direction is not counted.
 *
 * @param direction the load direction
 * @param steps     the number of load steps
 * @param mmPerN    the compliance, mm/N
 */
public record StaticCompliance(LoadDirection direction, int steps, double mmPerN) {

    /**
     * @param direction      the load direction
     * @param forcesN        the load magnitude of each step, N, &gt; 0
     * @param displacementsMm the displacement from the unloaded pose at each step, mm, base frame
     * @return the compliance in that direction
     * @throws IllegalArgumentException when there are no steps, the counts differ or a load is not positive
     */
    public static StaticCompliance of(LoadDirection direction, double[] forcesN, List<Vector3> displacementsMm) {
        Objects.requireNonNull(direction, "direction");
        int n = SampleStatistics.requireAtLeast("static compliance " + direction.label(), 1, "load step",
                displacementsMm);
        if (forcesN == null || forcesN.length != n) {
            throw new IllegalArgumentException("static compliance " + direction.label() + " needs one load per"
                    + " displacement, got " + (forcesN == null ? 0 : forcesN.length) + " loads and " + n + " displacements");
        }
        Vector3 u = direction.unit();
        double sumFs = 0;
        double sumFf = 0;
        for (int k = 0; k < n; k++) {
            double f = forcesN[k];
            if (!Double.isFinite(f) || f <= 0) {
                throw new IllegalArgumentException("static compliance " + direction.label() + ": load step " + (k + 1)
                        + " must be a finite magnitude > 0 N, was " + f);
            }
            sumFs += f * displacementsMm.get(k).dot(u);
            sumFf += f * f;
        }
        return new StaticCompliance(direction, n, sumFs / sumFf);
    }
}
