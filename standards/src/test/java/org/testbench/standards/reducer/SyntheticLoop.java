package org.testbench.standards.reducer;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A hysteresis loop whose every value can be worked out by hand, for the tests of the hysteresis
 * characteristics. Rated torque T_R = 100 Nm, h = 1 arcmin.
 *
 * <p>Rising sweep θr(T): loading to +T_R (T >= 0) follows the three-segment catalogue model
 * θr = -h + g(T), g(T) = T/10 up to T1 = 20 Nm, 2 + (T - 20)/20 up to T2 = 60 Nm, then
 * 4 + (T - 60)/40 (so K1 = 10, K2 = 20, K3 = 40 Nm/arcmin and g(100) = 5); unloading from -T_R
 * (T &lt; 0) is the straight line θr = -h + 0.03 T, which meets the falling sweep at -T_R:
 * θr(-100) = -4 = h - g(100). The falling sweep is the point mirror θf(T) = -θr(-T).
 */
final class SyntheticLoop {

    static final double RATED = 100;
    static final double H = 1;
    static final double T1 = 20;
    static final double T2 = 60;

    private final List<double[]> samples = new ArrayList<>();

    static double g(double a) {
        if (a <= T1) {
            return a / 10;
        }
        if (a <= T2) {
            return 2 + (a - T1) / 20;
        }
        return 4 + (a - T2) / 40;
    }

    static double rising(double t) {
        return t >= 0 ? -H + g(t) : -H + 0.03 * t;
    }

    static double falling(double t) {
        return -rising(-t);
    }

    /** Appends torques from {@code from} to {@code to} in steps of {@code step}, both ends included, on one sweep. */
    SyntheticLoop ramp(double from, double to, double step) {
        int n = (int) Math.round(Math.abs(to - from) / step);
        boolean up = to > from;
        for (int k = 0; k <= n; k++) {
            double t = from + (up ? k : -k) * step;
            samples.add(new double[] {t, up ? rising(t) : falling(t)});
        }
        return this;
    }

    /**
     * One whole loop 0 -> +T_R -> 0 -> -T_R -> 0 sampled every {@code step} Nm, each reversal
     * recorded once (the next ramp starts one step after it).
     */
    static SyntheticLoop loop(double step) {
        return new SyntheticLoop().ramp(0, RATED, step).ramp(RATED - step, -RATED, step).ramp(-RATED + step, 0, step);
    }

    /** Each sample repeated {@code times} times, as a dwell at every torque would record it. */
    SyntheticLoop repeated(int times) {
        List<double[]> copy = new ArrayList<>(samples);
        samples.clear();
        for (double[] s : copy) {
            for (int k = 0; k < times; k++) {
                samples.add(s.clone());
            }
        }
        return this;
    }

    /** The record started {@code shift} samples later and wrapped round, as a loop caught mid-way. */
    SyntheticLoop rotated(int shift) {
        List<double[]> copy = new ArrayList<>(samples);
        samples.clear();
        for (int k = 0; k < copy.size(); k++) {
            samples.add(copy.get((k + shift) % copy.size()));
        }
        return this;
    }

    /** Keeps the first {@code count} samples. */
    SyntheticLoop truncated(int count) {
        samples.subList(count, samples.size()).clear();
        return this;
    }

    /** Adds seeded Gaussian noise to the torque and the twist of every sample. */
    SyntheticLoop noisy(long seed, double torqueSigma, double twistSigma) {
        SplittableRandom random = new SplittableRandom(seed);
        for (double[] s : samples) {
            s[0] += torqueSigma * random.nextGaussian();
            s[1] += twistSigma * random.nextGaussian();
        }
        return this;
    }

    int size() {
        return samples.size();
    }

    double[] torque() {
        return samples.stream().mapToDouble(s -> s[0]).toArray();
    }

    double[] twist() {
        return samples.stream().mapToDouble(s -> s[1]).toArray();
    }

    HysteresisCurve curve() {
        return HysteresisCurve.of(torque(), twist());
    }
}
