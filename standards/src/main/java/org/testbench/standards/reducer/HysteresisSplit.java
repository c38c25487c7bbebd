package org.testbench.standards.reducer;

import java.util.Arrays;

/**
 * The one pass over a hysteresis record: it pools consecutive samples into runs as the samples
 * stream past, follows the torque's direction from run to run, and deals the runs to the sweeps
 * by where they lie between the reversals.
 *
 * <p>A run holds at most {@value #MAX_RUN} samples, spans at most a set torque width, and never
 * crosses zero torque, so it stays on one branch and its mean is a point of the curve: a dwell's
 * repeated points pool into one run, and sparse samples each make their own. Per sample the pass
 * only adds to the open run's sums, which is what keeps a million samples to a few milliseconds.
 *
 * <p>The direction is followed on the runs' mean torques: a reversal is recognised when the mean
 * moves back from its running extreme by more than the threshold, far wider than a run, and the
 * reversal point is the extreme run, the one at the loop's tip where both sweeps meet. Runs
 * before the first recognised movement belong to its direction. The torque range is the range of
 * the runs' means: for sparse samples the samples' own, for dense noisy ones a little inside the
 * noisiest sample.
 */
final class HysteresisSplit {

    /** The most samples a run pools. */
    static final int MAX_RUN = 256;

    private static final int MOMENTS = SweepRuns.MOMENTS;

    private final double threshold;
    private double[] runs = new double[MOMENTS * 256];
    private int runCount;
    private int[] turns = new int[8];
    private int turnCount;
    private int firstDirection;
    private int direction;
    private double extreme;
    private int extremeRun;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    private HysteresisSplit(double threshold) {
        this.threshold = threshold;
    }

    /**
     * @param torque    torque per sample, Nm
     * @param twist     twist per sample, arcmin
     * @param threshold how far the torque must move back from an extreme to reverse, Nm
     * @param width     the widest torque span of a run, Nm
     * @return the split, or null when the torque never moves by more than the threshold
     */
    static HysteresisSplit of(double[] torque, double[] twist, double threshold, double width) {
        HysteresisSplit split = new HysteresisSplit(threshold);
        split.scan(torque, twist, width);
        return split.firstDirection == 0 ? null : split;
    }

    private void scan(double[] torque, double[] twist, double width) {
        double ref = twist[0];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int n = 0;
        double st = 0;
        double sy = 0;
        double stt = 0;
        double sty = 0;
        double syy = 0;
        for (int i = 0; i < torque.length; i++) {
            double t = torque[i];
            double y = twist[i] - ref;
            // Non-short-circuit ORs: one branch per sample, taken only when a run ends. A NaN
            // torque stays in the run and makes its sums NaN, which deal() reports.
            if (t < lo | t > hi | n == MAX_RUN) {
                close(n, st, sy, stt, sty, syy);
                n = 0;
                st = 0;
                sy = 0;
                stt = 0;
                sty = 0;
                syy = 0;
                if (t >= 0) {
                    lo = Math.max(0, t - width);
                    hi = t + width;
                } else {
                    lo = t - width;
                    hi = Math.min(t + width, -Double.MIN_VALUE);
                }
            }
            n++;
            st += t;
            sy += y;
            stt = Math.fma(t, t, stt);
            sty = Math.fma(t, y, sty);
            syy = Math.fma(y, y, syy);
        }
        close(n, st, sy, stt, sty, syy);
    }

    private void close(int n, double st, double sy, double stt, double sty, double syy) {
        if (n == 0) {
            return;
        }
        if ((runCount + 1) * MOMENTS > runs.length) {
            runs = Arrays.copyOf(runs, 2 * runs.length);
        }
        int i = runCount * MOMENTS;
        runs[i] = n;
        runs[i + 1] = st;
        runs[i + 2] = sy;
        runs[i + 3] = stt;
        runs[i + 4] = sty;
        runs[i + 5] = syy;
        follow(st / n, runCount);
        runCount++;
    }

    /** The direction, followed on the runs' means; comparisons skip a NaN mean. */
    private void follow(double mean, int run) {
        if (mean < min) {
            min = mean;
        }
        if (mean > max) {
            max = mean;
        }
        if (direction > 0) {
            if (mean >= extreme) {
                extreme = mean;
                extremeRun = run;
            } else if (mean < extreme - threshold) {
                turn(-1, mean, run);
            }
        } else if (direction < 0) {
            if (mean <= extreme) {
                extreme = mean;
                extremeRun = run;
            } else if (mean > extreme + threshold) {
                turn(1, mean, run);
            }
        } else if (max - min > threshold) {
            // Before this the torque had not moved by the threshold, so no reversal was missed.
            direction = mean == max ? 1 : -1;
            firstDirection = direction;
            extreme = mean;
            extremeRun = run;
        }
    }

    private void turn(int newDirection, double mean, int run) {
        if (turnCount == turns.length) {
            turns = Arrays.copyOf(turns, 2 * turnCount);
        }
        turns[turnCount++] = extremeRun;
        direction = newDirection;
        extreme = mean;
        extremeRun = run;
    }

    /**
     * Deals the runs to the sweeps: the runs up to and including the first reversal point lie on
     * the first direction's sweep, those after it on the other, and so on.
     *
     * @return false when a run's sums are not finite: a sample held a value that is not a number
     */
    boolean deal(SweepRuns rising, SweepRuns falling) {
        int segment = 0;
        for (int r = 0; r < runCount; r++) {
            int i = r * MOMENTS;
            for (int k = 0; k < MOMENTS; k++) {
                if (!Double.isFinite(runs[i + k])) {
                    return false;
                }
            }
            while (segment < turnCount && r > turns[segment]) {
                segment++;
            }
            int sweep = segment % 2 == 0 ? firstDirection : -firstDirection;
            (sweep > 0 ? rising : falling).append(runs, i);
        }
        return true;
    }

    /** @return the smallest run mean torque, Nm */
    double min() {
        return min;
    }

    /** @return the largest run mean torque, Nm */
    double max() {
        return max;
    }
}
