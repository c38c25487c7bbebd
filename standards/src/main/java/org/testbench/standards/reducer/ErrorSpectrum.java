package org.testbench.standards.reducer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The spectrum of the transmission error over one output revolution: a discrete Fourier
 * transform over the output angle, read at the harmonics of the output revolution (orders 1, 2,
 * ..) and of the input revolution (orders |i|, 2|i|, ..), order = cycles per output turn.
 *
 * <p>The transform needs e on a uniform grid of the output angle. Samples already on one are
 * used as they are; others are resampled by linear interpolation onto as many grid points as
 * there are samples in the revolution, which flattens a harmonic of order k by about
 * (k Δφ)² / 12 for a sample spacing Δφ in radians. The mean (order 0) is left out: its zero is
 * the encoders'. An input harmonic at a fractional order (a ratio that is not a whole number)
 * does not complete its cycles in one output turn, so its amplitude also carries leakage from
 * its neighbours.
 *
 * @param gridPoints       the points of the uniform grid the transform ran on
 * @param resampled        true when the samples were not uniform and were interpolated
 * @param outputHarmonics  orders 1..K of the output revolution
 * @param inputHarmonics   orders |i|, 2|i|, .. of the input revolution
 * @param dominant         the harmonic of largest amplitude among both lists
 */
public record ErrorSpectrum(int gridPoints, boolean resampled, List<Harmonic> outputHarmonics,
                            List<Harmonic> inputHarmonics, Harmonic dominant) {

    /** Freezes the lists. */
    public ErrorSpectrum {
        outputHarmonics = List.copyOf(outputHarmonics);
        inputHarmonics = List.copyOf(inputHarmonics);
    }

    /**
     * @param angle        φ per sample in ascending order, deg, starting at 0; samples past 360°
     *                     help interpolate the end of the turn
     * @param error        e per sample, arcmin
     * @param count        the samples with φ &lt; 360°
     * @param ratio        |i|
     * @param outputOrders how many output harmonics
     * @param inputOrders  how many input harmonics
     * @return the spectrum
     */
    static ErrorSpectrum of(double[] angle, double[] error, int count, double ratio, int outputOrders, int inputOrders) {
        if (outputOrders < 0 || inputOrders < 0 || outputOrders + inputOrders == 0) {
            throw new IllegalArgumentException("transmission error spectrum: ask for at least one harmonic, got "
                    + outputOrders + " output and " + inputOrders + " input harmonics");
        }
        double highest = Math.max(outputOrders, inputOrders * ratio);
        if (highest >= count / 2.0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "transmission error spectrum: order %.4g needs"
                    + " more than %.0f samples per output revolution, got %d", highest, 2 * highest, count));
        }
        boolean uniform = true;
        for (int j = 0; j < count && uniform; j++) {
            uniform = Math.abs(angle[j] - j * 360.0 / count) <= 1e-9;
        }
        double[] grid = uniform ? Arrays.copyOf(error, count) : resample(angle, error, count);
        double mean = 0;
        for (double e : grid) {
            mean += e;
        }
        mean /= count;
        for (int j = 0; j < count; j++) {
            grid[j] -= mean;
        }
        List<Harmonic> output = new ArrayList<>();
        for (int k = 1; k <= outputOrders; k++) {
            output.add(harmonic(grid, k));
        }
        List<Harmonic> input = new ArrayList<>();
        for (int m = 1; m <= inputOrders; m++) {
            input.add(harmonic(grid, m * ratio));
        }
        List<Harmonic> all = new ArrayList<>(output);
        all.addAll(input);
        Harmonic dominant = Collections.max(all, Comparator.comparingDouble(Harmonic::amplitudeArcmin));
        return new ErrorSpectrum(count, !uniform, output, input, dominant);
    }

    /** Linear interpolation onto φ_k = k 360°/count; past the last sample e wraps round to e(0). */
    private static double[] resample(double[] angle, double[] error, int count) {
        double[] grid = new double[count];
        int j = 0;
        for (int k = 0; k < count; k++) {
            double phi = k * 360.0 / count;
            while (j + 1 < angle.length && angle[j + 1] <= phi) {
                j++;
            }
            double a0 = angle[j];
            double e0 = error[j];
            double a1 = j + 1 < angle.length ? angle[j + 1] : angle[0] + 360;
            double e1 = j + 1 < angle.length ? error[j + 1] : error[0];
            grid[k] = phi <= a0 ? e0 : e0 + (e1 - e0) * (phi - a0) / (a1 - a0);
        }
        return grid;
    }

    /**
     * X = Σ e_j exp(-i 2π k j / N); for e = A cos(kφ + ψ) at a whole order, X = (N/2) A e^{iψ}.
     * The phasor is advanced by multiplication and recomputed every 1024 steps, so rounding
     * cannot build up over long records.
     */
    private static Harmonic harmonic(double[] grid, double order) {
        int n = grid.length;
        double step = -2 * Math.PI * order / n;
        double stepCos = Math.cos(step);
        double stepSin = Math.sin(step);
        double re = 0;
        double im = 0;
        double c = 1;
        double s = 0;
        for (int j = 0; j < n; j++) {
            if ((j & 1023) == 0) {
                c = Math.cos(step * j);
                s = Math.sin(step * j);
            }
            re += grid[j] * c;
            im += grid[j] * s;
            double next = c * stepCos - s * stepSin;
            s = c * stepSin + s * stepCos;
            c = next;
        }
        return new Harmonic(order, 2 * Math.hypot(re, im) / n, Math.toDegrees(Math.atan2(im, re)));
    }
}
