package org.testbench.standards.iso9283;

import java.util.List;

/**
 * Path velocity characteristics (ISO 9283 clause 8.6) of a path run n times at a commanded
 * velocity v_c ({@link Iso9283#CYCLES_PATH} runs in the standard).
 *
 * <p>With v_ij the velocity measured at sample i of run j: v̄_j = mean_i v_ij, v̄ = mean_j v̄_j;
 * AV = (v̄ - v_c) / v_c x 100 %; RV = ±3 S_v / v_c x 100 % with S_v the sample standard deviation
 * of the run means v̄_j (kept as a magnitude); FV = max_j (max_i v_ij - min_i v_ij).
 *
 * @param runs            the number of runs n
 * @param meanVelocity    v̄, mm/s
 * @param avPercent       AV, % of v_c
 * @param rvPercent       RV, % of v_c
 * @param fvMmPerS        FV, mm/s
 */
public record PathVelocity(int runs, double meanVelocity, double avPercent, double rvPercent, double fvMmPerS) {

    /**
     * @param commandedMmPerS the commanded path velocity v_c, mm/s, &gt; 0
     * @param velocitiesByRun per run (at least two), its measured path velocities v_ij along the
     *                        measured part of the path, mm/s, at least one each
     * @return the path velocity characteristics
     * @throws IllegalArgumentException when v_c is not positive, there are fewer than two runs or a run is empty
     */
    public static PathVelocity of(double commandedMmPerS, List<double[]> velocitiesByRun) {
        if (!Double.isFinite(commandedMmPerS) || commandedMmPerS <= 0) {
            throw new IllegalArgumentException("the commanded path velocity must be finite and > 0 mm/s, was "
                    + commandedMmPerS);
        }
        int n = SampleStatistics.requireAtLeast("path velocity repeatability", 2, "runs (sample standard deviation)",
                velocitiesByRun);
        double[] runMeans = new double[n];
        double fv = 0;
        for (int j = 0; j < n; j++) {
            double[] v = velocitiesByRun.get(j);
            if (v == null || v.length == 0) {
                throw new IllegalArgumentException("path velocity: run " + (j + 1) + " of " + n + " has no velocity samples");
            }
            runMeans[j] = SampleStatistics.mean(v);
            fv = Math.max(fv, SampleStatistics.range(v));
        }
        double mean = SampleStatistics.mean(runMeans);
        return new PathVelocity(n, mean, (mean - commandedMmPerS) / commandedMmPerS * 100,
                SampleStatistics.threeSigma(runMeans) / commandedMmPerS * 100, fv);
    }

    /**
     * @param symbol one of {@link Iso9283#PATH_VELOCITY_SYMBOLS}
     * @return the value of that characteristic, % (AV, RV) or mm/s (FV)
     */
    public double value(String symbol) {
        return Iso9283.valueOf("path velocity", Iso9283.PATH_VELOCITY_SYMBOLS, symbol, avPercent, rvPercent, fvMmPerS);
    }
}
