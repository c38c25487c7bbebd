package org.testbench.standards.reducer;

import java.util.Arrays;
import java.util.Locale;

/**
 * Least squares fit of a piecewise linear twist-torque line to both loading branches at once:
 * θ = θ0± ± (c_1 s_1(|T|) + ... + c_m s_m(|T|)), where s_j is the part of |T| that falls in
 * segment j (between break torques) and c_j the segment's compliance in arcmin/Nm. Both
 * directions share the compliances; each has its own twist at zero torque, because the loop's
 * width puts the two loading branches apart there.
 *
 * <p>The fit works on the curve's runs of pooled samples: for a run whose samples all lie in one
 * segment the sums make it exactly the fit over the samples; a run straddling a break is placed
 * in the segment of its mean torque, an error of the order of a run's width
 * ({@value HysteresisCurve#RUN_WIDTH_PERCENT} % of the peak torque at most) in that one run.
 */
final class LoadingBranchFit implements SweepRuns.Consumer {

    private final double[] breaks;
    private final double from;
    private final double to;
    private final int parameters;
    private final double[] normal;
    private final double[] right;
    private final int[] runsPerSegment;
    /** Each design column of a run is alpha + beta T; reused from run to run. */
    private final double[] alpha;
    private final double[] beta;
    private final long[] samplesPerBranch = new long[2];
    private double totalYY;
    private double sign;
    private int branch;
    private double[] solution;
    private double rms;

    private LoadingBranchFit(double[] breaks, double from, double to) {
        this.breaks = breaks;
        this.from = from;
        this.to = to;
        this.parameters = 2 + breaks.length;
        this.normal = new double[parameters * parameters];
        this.right = new double[parameters];
        this.runsPerSegment = new int[breaks.length];
        this.alpha = new double[parameters];
        this.beta = new double[parameters];
    }

    /**
     * @param curve   the curve
     * @param breaks  the torques where segments start, ascending, the first 0, Nm
     * @param from    the smallest |T| of a run to use, Nm
     * @param to      the largest |T| of a run to use, Nm
     * @param symbols the characteristic of each segment, for messages, e.g. "K1"
     * @return the fit
     * @throws IllegalArgumentException when a segment has samples at fewer than two torques, or
     *                                  a compliance comes out zero or negative
     */
    static LoadingBranchFit fit(HysteresisCurve curve, double[] breaks, double from, double to, String[] symbols) {
        LoadingBranchFit fit = new LoadingBranchFit(breaks, from, to);
        for (Branch b : new Branch[] {Branch.LOADING_POSITIVE, Branch.LOADING_NEGATIVE}) {
            fit.sign = b.positive() ? 1 : -1;
            fit.branch = b.positive() ? 0 : 1;
            curve.runs(b.sweep()).forEachRun(b.positive(), fit);
        }
        for (int j = 0; j < breaks.length; j++) {
            if (fit.runsPerSegment[j] < 2) {
                double lo = Math.max(breaks[j], from);
                double hi = j + 1 < breaks.length ? Math.min(breaks[j + 1], to) : to;
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s needs loading-branch samples at two"
                        + " torques at least with |T| from %.4g to %s Nm, found %d (the loop's peak torque is %.4g Nm)",
                        symbols[j], lo, Double.isInfinite(hi) ? "any" : String.format(Locale.ROOT, "%.4g", hi),
                        fit.runsPerSegment[j], curve.peakTorqueNm()));
            }
        }
        for (int k = 0; k < 2; k++) {
            if (fit.samplesPerBranch[k] == 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s needs samples on the %s branch with"
                        + " |T| from %.4g to %.4g Nm, found none", symbols[0],
                        (k == 0 ? Branch.LOADING_POSITIVE : Branch.LOADING_NEGATIVE).description(), from, to));
            }
        }
        fit.solve(symbols);
        return fit;
    }

    @Override
    public void accept(double n, double sumT, double sumY, double sumTT, double sumTY, double sumYY) {
        // In the branch's own frame a = |T| and y' = ±y, so both loading branches rise from zero.
        double sumA = sign * sumT;
        double sumYp = sign * sumY;
        double meanA = sumA / n;
        if (meanA < from || meanA > to) {
            return;
        }
        int segment = breaks.length - 1;
        while (breaks[segment] > meanA) {
            segment--;
        }
        runsPerSegment[segment]++;
        samplesPerBranch[branch] += (long) n;
        Arrays.fill(alpha, 0);
        Arrays.fill(beta, 0);
        alpha[branch] = 1;
        for (int j = 0; j < segment; j++) {
            alpha[2 + j] = breaks[j + 1] - breaks[j];
        }
        alpha[2 + segment] = -breaks[segment];
        beta[2 + segment] = 1;
        for (int p = 0; p < parameters; p++) {
            for (int q = 0; q < parameters; q++) {
                normal[p * parameters + q] += alpha[p] * alpha[q] * n + (alpha[p] * beta[q] + alpha[q] * beta[p]) * sumA
                        + beta[p] * beta[q] * sumTT;
            }
            right[p] += alpha[p] * sumYp + beta[p] * sumTY;
        }
        totalYY += sumYY;
    }

    private void solve(String[] symbols) {
        solution = SymmetricSystem.solve(normal, right, parameters);
        if (solution == null) {
            throw new IllegalArgumentException("the loading branches do not determine " + String.join(", ", symbols)
                    + ": the samples' torques leave the fit singular");
        }
        for (int j = 0; j < breaks.length; j++) {
            if (!(solution[2 + j] > 0)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: the fitted compliance is %.4g"
                        + " arcmin/Nm, not positive; the loading branches do not support that segment", symbols[j],
                        solution[2 + j]));
            }
        }
        double explained = 0;
        for (int p = 0; p < parameters; p++) {
            explained += solution[p] * right[p];
        }
        rms = Math.sqrt(Math.max(0, totalYY - explained) / (samplesPerBranch[0] + samplesPerBranch[1]));
    }

    /**
     * @param segment a segment, 0 first
     * @return its compliance, arcmin/Nm
     */
    double compliance(int segment) {
        return solution[2 + segment];
    }

    /**
     * @param reference the curve's reference twist, arcmin
     * @param positive  true for the branch loading to +T_R
     * @return that branch's fitted twist at zero torque, arcmin
     */
    double twistAtZero(double reference, boolean positive) {
        return positive ? reference + solution[0] : reference - solution[1];
    }

    /** @return the root mean square of the residuals over the samples used, arcmin */
    double rmsResidual() {
        return rms;
    }

    /** @return the samples the fit used */
    long samples() {
        return samplesPerBranch[0] + samplesPerBranch[1];
    }
}
