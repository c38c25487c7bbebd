package org.testbench.standards.reducer;

import java.util.Arrays;
import java.util.Locale;

/**
 * The samples of one sweep pooled into runs of consecutive samples ({@link HysteresisSplit}
 * makes them), each run keeping the sums a least squares fit needs (count, ΣT, Σy, ΣT², ΣTy, Σy²,
 * with y the twist less a reference). Reading the curve looks at the runs, a few thousand for a
 * million samples, never at the samples again.
 */
final class SweepRuns {

    /** Sums kept per run: count, ΣT, Σy, ΣT², ΣTy, Σy². */
    static final int MOMENTS = 6;

    /** Receives the sums of one run. */
    @FunctionalInterface
    interface Consumer {
        /**
         * @param n     samples in the run
         * @param sumT  ΣT, Nm
         * @param sumY  Σy, arcmin
         * @param sumTT ΣT²
         * @param sumTY ΣTy
         * @param sumYY Σy²
         */
        void accept(double n, double sumT, double sumY, double sumTT, double sumTY, double sumYY);
    }

    private final Sweep sweep;
    private double[] sums = new double[MOMENTS * 64];
    private int runs;

    /** @param sweep the sweep */
    SweepRuns(Sweep sweep) {
        this.sweep = sweep;
    }

    /** Appends one run: the {@value #MOMENTS} sums at {@code source[offset..]}. */
    void append(double[] source, int offset) {
        if ((runs + 1) * MOMENTS > sums.length) {
            sums = Arrays.copyOf(sums, 2 * sums.length);
        }
        System.arraycopy(source, offset, sums, runs * MOMENTS, MOMENTS);
        runs++;
    }

    /**
     * @param positive true for the runs at torque >= 0
     * @return the samples on that side
     */
    long samples(boolean positive) {
        long count = 0;
        for (int r = 0; r < runs; r++) {
            if ((sums[r * MOMENTS + 1] >= 0) == positive) {
                count += (long) sums[r * MOMENTS];
            }
        }
        return count;
    }

    /**
     * @param positive true for the runs at torque >= 0
     * @return the largest torque magnitude of a run's mean on that side, 0 when it has none
     */
    double reach(boolean positive) {
        double reach = 0;
        for (int r = 0; r < runs; r++) {
            double mean = sums[r * MOMENTS + 1] / sums[r * MOMENTS];
            if ((mean >= 0) == positive) {
                reach = Math.max(reach, Math.abs(mean));
            }
        }
        return reach;
    }

    /** Passes the sums of every run on one side to {@code consumer}. */
    void forEachRun(boolean positive, Consumer consumer) {
        for (int r = 0; r < runs; r++) {
            int i = r * MOMENTS;
            if ((sums[i + 1] >= 0) == positive) {
                consumer.accept(sums[i], sums[i + 1], sums[i + 2], sums[i + 3], sums[i + 4], sums[i + 5]);
            }
        }
    }

    /**
     * Interpolates linearly between the pooled samples next below and next above {@code t}: below,
     * the runs whose mean lies within {@code pool} under the nearest mean below t; above, within
     * {@code pool} over the nearest mean at or above t. Where samples are dense that pools the
     * samples within {@code pool} of t on each side; where they are sparse, it takes the nearest
     * sample on each side, as plain interpolation would.
     *
     * @param t      the torque, Nm
     * @param pool   the torque width pooled on each side, Nm
     * @param maxGap the widest torque gap interpolation may bridge, Nm
     * @return the twist less the reference, arcmin
     * @throws IllegalArgumentException when the sweep has no samples on one side of {@code t}
     *                                  or only ones farther apart than {@code maxGap}
     */
    double twistAt(double t, double pool, double maxGap) {
        double below = Double.NEGATIVE_INFINITY;
        double above = Double.POSITIVE_INFINITY;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < runs; r++) {
            double mean = sums[r * MOMENTS + 1] / sums[r * MOMENTS];
            lowest = Math.min(lowest, mean);
            highest = Math.max(highest, mean);
            if (mean < t) {
                below = Math.max(below, mean);
            } else {
                above = Math.min(above, mean);
            }
        }
        if (below == Double.NEGATIVE_INFINITY || above == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the %s has no samples %s %.4g Nm (it spans %.4g to %.4g Nm)", sweep.description(),
                    below == Double.NEGATIVE_INFINITY ? "below" : "above", t, lowest, highest));
        }
        double nb = 0;
        double tb = 0;
        double yb = 0;
        double na = 0;
        double ta = 0;
        double ya = 0;
        for (int r = 0; r < runs; r++) {
            int i = r * MOMENTS;
            double mean = sums[i + 1] / sums[i];
            if (mean < t && mean > below - pool) {
                nb += sums[i];
                tb += sums[i + 1];
                yb += sums[i + 2];
            } else if (mean >= t && mean < above + pool) {
                na += sums[i];
                ta += sums[i + 1];
                ya += sums[i + 2];
            }
        }
        tb /= nb;
        yb /= nb;
        ta /= na;
        ya /= na;
        if (ta - tb > maxGap) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the %s has no samples between %.4g and %.4g Nm, too wide a gap to interpolate %.4g Nm across"
                            + " (at most %.4g Nm)", sweep.description(), below, above, t, maxGap));
        }
        return yb + (t - tb) / (ta - tb) * (ya - yb);
    }
}
