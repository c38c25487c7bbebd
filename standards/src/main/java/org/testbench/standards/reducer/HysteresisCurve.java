package org.testbench.standards.reducer;

import java.util.Locale;

/**
 * The hysteresis curve of a reducer: output twist θ against output torque T, recorded with the
 * input locked while the output is loaded quasi-statically 0 -> +T_R -> 0 -> -T_R -> 0.
 *
 * <p>The samples are split by the torque sequence alone. A reversal is recognised when the
 * torque moves back from its running extreme by more than a threshold (by default 10 % of the
 * peak torque), so sensor noise and dwells never count as one; each sample then lies on the
 * {@link Sweep#RISING rising} or the {@link Sweep#FALLING falling} sweep, and its torque's sign
 * picks the {@link Branch branch}. Samples before the first reversal belong to the direction
 * first recognised. Nothing depends on where the record starts, how often it goes round, or on
 * repeated points, and the split takes one pass over the data.
 *
 * <p>Each sweep keeps its samples pooled in short runs of consecutive samples (at most
 * {@value HysteresisSplit#MAX_RUN}, no wider than {@value #RUN_WIDTH_PERCENT} % of the peak torque,
 * never across zero torque), with the sums a least squares fit needs. Twist is read off a sweep
 * by linear interpolation between the samples pooled within {@value #POOL_PERCENT} % of the peak
 * torque below and above the torque asked for (the nearest ones where samples are sparse), never
 * across a gap wider than {@value #MAX_GAP_PERCENT} % of the peak torque; the loading-branch fits
 * use the runs' sums.
 *
 * <p>The split reads every sample once, without sorting or binning into memory, after a look at
 * a few thousand samples for the peak torque that sets its threshold and run width; a loop of a
 * million samples takes a few milliseconds.
 */
public final class HysteresisCurve {

    /** The most samples the peak torque for the split's settings is estimated from. */
    public static final int SETTINGS_SAMPLES = 4096;
    /** Widest torque span of a run of pooled samples, % of the peak torque. */
    public static final double RUN_WIDTH_PERCENT = 0.4;
    /** Torque width pooled on each side of a torque where twist is read, % of the peak torque. */
    public static final double POOL_PERCENT = 0.1;
    /** Default reversal threshold, % of the peak torque. */
    public static final double DEFAULT_REVERSAL_PERCENT = 10;
    /** Each branch must reach at least this % of the peak torque to count as recorded. */
    public static final double MIN_REACH_PERCENT = 50;
    /** Widest torque gap, % of the peak torque, that interpolation on a sweep may bridge. */
    public static final double MAX_GAP_PERCENT = 20;

    private static final String SEQUENCE = "the test runs 0 -> +T_R -> 0 -> -T_R -> 0";

    private final double peakTorque;
    private final double reversalThreshold;
    private final double reference;
    private final SweepRuns rising;
    private final SweepRuns falling;

    private HysteresisCurve(double peakTorque, double reversalThreshold, double reference, SweepRuns rising,
                            SweepRuns falling) {
        this.peakTorque = peakTorque;
        this.reversalThreshold = reversalThreshold;
        this.reference = reference;
        this.rising = rising;
        this.falling = falling;
    }

    /**
     * Splits a recorded hysteresis test with the default reversal threshold.
     *
     * @param torqueNm    output torque per sample, Nm
     * @param twistArcmin output twist per sample, arcmin (any zero)
     * @return the curve
     * @throws IllegalArgumentException when the arrays differ in length, hold a value that is not
     *                                  finite, or a branch of the loop is missing
     */
    public static HysteresisCurve of(double[] torqueNm, double[] twistArcmin) {
        return of(torqueNm, twistArcmin, DEFAULT_REVERSAL_PERCENT);
    }

    /**
     * Splits a recorded hysteresis test.
     *
     * @param torqueNm         output torque per sample, Nm
     * @param twistArcmin      output twist per sample, arcmin (any zero)
     * @param reversalPercent  how far, in % of the peak torque, the torque must move back from its
     *                         extreme to count as a reversal; above the torque noise, below half
     *                         the loop
     * @return the curve
     * @throws IllegalArgumentException when the arrays differ in length, hold a value that is not
     *                                  finite, or a branch of the loop is missing
     */
    public static HysteresisCurve of(double[] torqueNm, double[] twistArcmin, double reversalPercent) {
        if (torqueNm.length != twistArcmin.length) {
            throw new IllegalArgumentException("hysteresis curve: " + torqueNm.length + " torques but "
                    + twistArcmin.length + " twists");
        }
        if (!(reversalPercent > 0 && reversalPercent < 50)) {
            throw new IllegalArgumentException("hysteresis curve: reversal threshold must lie between 0 and 50 % of"
                    + " the peak torque, was " + reversalPercent);
        }
        int n = torqueNm.length;
        if (n < 4) {
            throw new IllegalArgumentException("hysteresis curve needs at least 4 samples, got " + n + "; " + SEQUENCE);
        }
        double estimate = estimatePeak(torqueNm);
        if (!Double.isFinite(estimate)) {
            throw notFinite(torqueNm, twistArcmin);
        }
        if (estimate == 0) {
            throw new IllegalArgumentException("hysteresis curve: the torque is zero throughout; " + SEQUENCE);
        }
        double threshold = reversalPercent / 100 * estimate;
        HysteresisSplit split = HysteresisSplit.of(torqueNm, twistArcmin, threshold, RUN_WIDTH_PERCENT / 100 * estimate);
        if (split == null) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "hysteresis curve: the torque never moves"
                    + " by more than the reversal threshold %.4g Nm; %s", threshold, SEQUENCE));
        }
        if (!Double.isFinite(split.min()) || !Double.isFinite(split.max())) {
            throw notFinite(torqueNm, twistArcmin);
        }
        SweepRuns up = new SweepRuns(Sweep.RISING);
        SweepRuns down = new SweepRuns(Sweep.FALLING);
        if (!split.deal(up, down)) {
            throw notFinite(torqueNm, twistArcmin);
        }
        double peak = Math.max(split.max(), -split.min());
        HysteresisCurve curve = new HysteresisCurve(peak, threshold, twistArcmin[0], up, down);
        curve.requireBranches();
        return curve;
    }

    /**
     * The settings of the split (reversal threshold, run width) need the peak torque before the
     * one pass over the data; at most {@value #SETTINGS_SAMPLES} evenly spaced samples give it
     * closely enough, at a fraction of a pass's cost. A spike between them is ignored, which the
     * threshold should do anyway. Comparisons skip a NaN; the pass catches it.
     */
    private static double estimatePeak(double[] torque) {
        int stride = Math.max(1, torque.length / SETTINGS_SAMPLES);
        double peak = 0;
        for (int i = 0; i < torque.length; i += stride) {
            double m = Math.abs(torque[i]);
            if (m > peak) {
                peak = m;
            }
        }
        return peak;
    }

    private void requireBranches() {
        for (Branch branch : Branch.values()) {
            SweepRuns runs = runs(branch.sweep());
            long count = runs.samples(branch.positive());
            double reach = runs.reach(branch.positive());
            if (count == 0 || reach < MIN_REACH_PERCENT / 100 * peakTorque) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "hysteresis curve: branch '%s' is missing"
                        + " (%d samples, reaching %.4g Nm of the %.4g Nm peak; it must reach %.0f %%); %s",
                        branch.description(), count, reach, peakTorque, MIN_REACH_PERCENT, SEQUENCE));
            }
        }
    }

    private static IllegalArgumentException notFinite(double[] torque, double[] twist) {
        int i = 0;
        while (i < torque.length && Double.isFinite(torque[i]) && Double.isFinite(twist[i])) {
            i++;
        }
        return new IllegalArgumentException("hysteresis curve: sample " + i + " is not a finite number");
    }

    SweepRuns runs(Sweep sweep) {
        return sweep == Sweep.RISING ? rising : falling;
    }

    /**
     * @return the largest torque magnitude of the record, Nm: T_R as the test reached it (of the
     *         samples pooled at the loop's tip, their mean)
     */
    public double peakTorqueNm() {
        return peakTorque;
    }

    /** @return the torque a reversal had to exceed, Nm: the reversal percentage of the estimated peak */
    public double reversalThresholdNm() {
        return reversalThreshold;
    }

    /**
     * @param branch a branch
     * @return the number of samples on it
     */
    public long samples(Branch branch) {
        return runs(branch.sweep()).samples(branch.positive());
    }

    /**
     * @param sweep    the sweep to read
     * @param torqueNm a torque within the sweep's range, Nm
     * @return the sweep's twist at that torque, interpolated, arcmin
     * @throws IllegalArgumentException when the sweep has no samples near enough on both sides
     */
    public double twistAt(Sweep sweep, double torqueNm) {
        return reference + runs(sweep).twistAt(torqueNm, POOL_PERCENT / 100 * peakTorque,
                MAX_GAP_PERCENT / 100 * peakTorque);
    }

    /**
     * @param torqueNm a torque, Nm
     * @return the loop's midline there: the mean of the rising and the falling sweep's twist, arcmin
     */
    public double midlineAt(double torqueNm) {
        return (twistAt(Sweep.RISING, torqueNm) + twistAt(Sweep.FALLING, torqueNm)) / 2;
    }

    /** @return the twist all run sums are taken relative to (the first sample's), arcmin */
    double reference() {
        return reference;
    }
}
