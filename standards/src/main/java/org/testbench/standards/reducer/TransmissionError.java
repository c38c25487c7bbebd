package org.testbench.standards.reducer;

import java.util.Arrays;
import java.util.Locale;

/**
 * Transmission error over one output revolution without reversal: e(φ) = θ_out - θ_in / i,
 * with φ the output angle turned since the first sample. Transmission accuracy is max e - min e
 * over the revolution.
 *
 * <p>The ratio i is signed: θ_in / θ_out, negative for a reducer whose output turns against its
 * input. The output may turn either way; φ counts the angle turned. A move back of more than
 * {@value #REVERSAL_TOLERANCE_DEG}° is a reversal and refused; smaller steps back (encoder
 * noise at a standstill) are put in angle order.
 */
public final class TransmissionError {

    /** A move of the output back by more than this, in degrees, is a reversal. */
    public static final double REVERSAL_TOLERANCE_DEG = 0.1;

    private static final double REVOLUTION = 360;

    private final double ratio;
    private final double[] angle;
    private final double[] error;
    private final int inRevolution;
    private final double maximum;
    private final double minimum;

    private TransmissionError(double ratio, double[] angle, double[] error, int inRevolution) {
        this.ratio = ratio;
        this.angle = angle;
        this.error = error;
        this.inRevolution = inRevolution;
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < inRevolution; j++) {
            max = Math.max(max, error[j]);
            min = Math.min(min, error[j]);
        }
        this.maximum = max;
        this.minimum = min;
    }

    /**
     * @param inputAngleDeg  input shaft angle per sample, multi-turn, deg
     * @param outputAngleDeg output shaft angle per sample, deg
     * @param ratio          the signed ratio i = θ_in / θ_out
     * @return the transmission error over the first output revolution
     * @throws IllegalArgumentException when the arrays differ in length or hold a value that is
     *                                  not finite, the ratio is zero, the output reverses, or it
     *                                  turns less than one revolution
     */
    public static TransmissionError of(double[] inputAngleDeg, double[] outputAngleDeg, double ratio) {
        int n = outputAngleDeg.length;
        if (inputAngleDeg.length != n) {
            throw new IllegalArgumentException("transmission error: " + n + " output angles but "
                    + inputAngleDeg.length + " input angles");
        }
        if (!Double.isFinite(ratio) || ratio == 0) {
            throw new IllegalArgumentException("transmission error: the ratio must be a finite number other than 0, was "
                    + ratio);
        }
        if (n < 4) {
            throw new IllegalArgumentException("transmission error needs at least 4 samples over one output revolution,"
                    + " got " + n);
        }
        double direction = Math.signum(outputAngleDeg[n - 1] - outputAngleDeg[0]);
        double[][] points = new double[n][];
        double furthest = 0;
        for (int j = 0; j < n; j++) {
            if (!Double.isFinite(inputAngleDeg[j]) || !Double.isFinite(outputAngleDeg[j])) {
                throw new IllegalArgumentException("transmission error: sample " + j + " is not a finite number");
            }
            double turned = direction * (outputAngleDeg[j] - outputAngleDeg[0]);
            if (turned < furthest - REVERSAL_TOLERANCE_DEG) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "transmission error: the output reverses"
                        + " at sample %d (back %.4g deg from %.4g deg); the test turns one revolution without reversal",
                        j, furthest - turned, furthest));
            }
            furthest = Math.max(furthest, turned);
            points[j] = new double[] {turned, (outputAngleDeg[j] - inputAngleDeg[j] / ratio) * 60};
        }
        Arrays.sort(points, (a, b) -> Double.compare(a[0], b[0]));
        double[] angle = new double[n];
        double[] error = new double[n];
        int inRevolution = 0;
        for (int j = 0; j < n; j++) {
            angle[j] = points[j][0];
            error[j] = points[j][1];
            if (angle[j] < REVOLUTION) {
                inRevolution++;
            }
        }
        // The record may stop up to one mean sample step short of the full turn (rounding allowed).
        if (furthest < REVOLUTION * (1 - 1.0 / inRevolution) - 1e-9) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "transmission error: the output turned %.4g deg"
                    + " in %d samples; one revolution (360 deg) is needed", furthest, n));
        }
        return new TransmissionError(ratio, angle, error, inRevolution);
    }

    /** @return the signed ratio i */
    public double ratio() {
        return ratio;
    }

    /** @return max e - min e over the revolution, arcmin */
    public double accuracyArcmin() {
        return maximum - minimum;
    }

    /** @return the largest error over the revolution, arcmin (its zero is the encoders') */
    public double maximumArcmin() {
        return maximum;
    }

    /** @return the smallest error over the revolution, arcmin */
    public double minimumArcmin() {
        return minimum;
    }

    /** @return the number of samples at output angles 0 &lt;= φ &lt; 360° */
    public int samples() {
        return inRevolution;
    }

    /** @return φ of each sample of the revolution, in angle order, deg */
    public double[] outputAngleDeg() {
        return Arrays.copyOf(angle, inRevolution);
    }

    /** @return e(φ) of each sample of the revolution, in angle order, arcmin */
    public double[] errorArcmin() {
        return Arrays.copyOf(error, inRevolution);
    }

    /**
     * @param outputOrders harmonics of the output revolution to report: orders 1..outputOrders
     * @param inputOrders  harmonics of the input revolution to report: orders |i|, 2|i|, ..
     * @return the spectrum of e(φ) over the revolution
     * @throws IllegalArgumentException when an order is at or above the Nyquist order of the samples
     */
    public ErrorSpectrum spectrum(int outputOrders, int inputOrders) {
        return ErrorSpectrum.of(angle, error, inRevolution, Math.abs(ratio), outputOrders, inputOrders);
    }
}
