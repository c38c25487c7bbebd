package org.testbench.standards.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class TransmissionErrorTest {

    /** Input angles that give the error {@code e(φ)} (arcmin): θ_in = i (θ_out - e / 60). */
    private static double[] input(double[] output, double ratio, DoubleUnaryOperator errorArcmin) {
        double[] input = new double[output.length];
        for (int j = 0; j < output.length; j++) {
            double phi = Math.toRadians(output[j] - output[0]);
            input[j] = ratio * (output[j] - errorArcmin.applyAsDouble(Math.abs(phi)) / 60);
        }
        return input;
    }

    private static double[] uniform(double start, double step, int count) {
        double[] angles = new double[count];
        for (int j = 0; j < count; j++) {
            angles[j] = start + j * step;
        }
        return angles;
    }

    @Test
    void accuracyIsTheSpanOfTheErrorOverOneRevolution() {
        // e = 0.5 cos φ + 0.3 arcmin sampled every degree, 0..360: max 0.8 at φ = 0, min -0.2 at
        // φ = 180°, accuracy 1.0 arcmin. The output starts at 1000° (encoder zero anywhere).
        double[] output = uniform(1000, 1, 361);
        TransmissionError te = TransmissionError.of(input(output, 50, phi -> 0.5 * Math.cos(phi) + 0.3), output, 50);
        assertThat(te.samples()).isEqualTo(360);
        assertThat(te.maximumArcmin()).isCloseTo(0.8, within(1e-9));
        assertThat(te.minimumArcmin()).isCloseTo(-0.2, within(1e-9));
        assertThat(te.accuracyArcmin()).isCloseTo(1.0, within(1e-9));
        assertThat(te.errorArcmin()[90]).isCloseTo(0.3, within(1e-9));
        assertThat(te.outputAngleDeg()[90]).isCloseTo(90, within(1e-9));
    }

    @Test
    void anOutputTurningAgainstItsInputUsesANegativeRatio() {
        // Output turning backwards from 0 to -360° while the input turns forwards, i = -100:
        // e = 0.25 sin φ has max 0.25 and min -0.25, accuracy 0.5 arcmin.
        double[] output = uniform(0, -0.5, 721);
        TransmissionError te = TransmissionError.of(input(output, -100, phi -> 0.25 * Math.sin(phi)), output, -100);
        assertThat(te.accuracyArcmin()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void spectrumSplitsOutputAndInputHarmonics() {
        // e = 0.5 cos φ + 0.2 sin 3φ + 0.1 cos(50 φ + 30°) with i = 50 on a uniform 1° grid:
        // whole orders below the Nyquist order 180, so the DFT returns them exactly:
        // order 1: A 0.5, ψ 0; order 3: A 0.2, ψ -90° (sin = cos(· - 90°)); order 2: 0;
        // input harmonic 1 = order 50: A 0.1, ψ 30°; input harmonic 2 = order 100: 0.
        // Dominant: order 1.
        double[] output = uniform(0, 1, 361);
        DoubleUnaryOperator e = phi -> 0.5 * Math.cos(phi) + 0.2 * Math.sin(3 * phi)
                + 0.1 * Math.cos(50 * phi + Math.toRadians(30));
        ErrorSpectrum spectrum = TransmissionError.of(input(output, 50, e), output, 50).spectrum(3, 2);
        assertThat(spectrum.resampled()).isFalse();
        assertThat(spectrum.gridPoints()).isEqualTo(360);
        assertThat(spectrum.outputHarmonics()).hasSize(3);
        assertThat(spectrum.outputHarmonics().get(0).amplitudeArcmin()).isCloseTo(0.5, within(1e-9));
        assertThat(spectrum.outputHarmonics().get(0).phaseDeg()).isCloseTo(0, within(1e-6));
        assertThat(spectrum.outputHarmonics().get(1).amplitudeArcmin()).isCloseTo(0, within(1e-9));
        assertThat(spectrum.outputHarmonics().get(2).amplitudeArcmin()).isCloseTo(0.2, within(1e-9));
        assertThat(spectrum.outputHarmonics().get(2).phaseDeg()).isCloseTo(-90, within(1e-6));
        assertThat(spectrum.inputHarmonics().get(0).order()).isEqualTo(50);
        assertThat(spectrum.inputHarmonics().get(0).amplitudeArcmin()).isCloseTo(0.1, within(1e-9));
        assertThat(spectrum.inputHarmonics().get(0).phaseDeg()).isCloseTo(30, within(1e-6));
        assertThat(spectrum.inputHarmonics().get(1).order()).isEqualTo(100);
        assertThat(spectrum.inputHarmonics().get(1).amplitudeArcmin()).isCloseTo(0, within(1e-9));
        assertThat(spectrum.dominant().order()).isEqualTo(1);
    }

    @Test
    void nonUniformSamplesAreResampledOntoAUniformGrid() {
        // 720 samples, spaced 0.5° ± 0.2° by a deterministic jitter, i = 10,
        // e = 0.1 cos φ + 0.4 cos(10 φ + 30°): the input harmonic dominates. Linear interpolation
        // between samples at most 0.9° = 0.0157 rad apart errs by at most h² |e''| / 8 =
        // 0.0157² x 0.4 x 100 / 8 = 0.0012 arcmin at order 10 (far less at order 1); an amplitude
        // 2 |X| / N moves by at most (2 / N) Σ |δ_j| <= 2 x 0.0012 = 0.0024 arcmin.
        double[] output = new double[721];
        for (int j = 0; j < output.length; j++) {
            output[j] = 0.5 * j + (j == 0 || j == 720 ? 0 : 0.2 * Math.sin(1.7 * j));
        }
        DoubleUnaryOperator e = phi -> 0.1 * Math.cos(phi) + 0.4 * Math.cos(10 * phi + Math.toRadians(30));
        ErrorSpectrum spectrum = TransmissionError.of(input(output, 10, e), output, 10).spectrum(2, 1);
        assertThat(spectrum.resampled()).isTrue();
        assertThat(spectrum.gridPoints()).isEqualTo(720);
        assertThat(spectrum.outputHarmonics().get(0).amplitudeArcmin()).isCloseTo(0.1, within(0.0024));
        assertThat(spectrum.outputHarmonics().get(1).amplitudeArcmin()).isCloseTo(0, within(0.0024));
        assertThat(spectrum.inputHarmonics().get(0).amplitudeArcmin()).isCloseTo(0.4, within(0.0024));
        assertThat(spectrum.dominant().order()).isEqualTo(10);
    }

    @Test
    void aReversalOrLessThanOneRevolutionIsRefused() {
        double[] output = uniform(0, 1, 361);
        output[200] = 199 - 0.5;
        double[] input = input(output, 50, phi -> 0);
        assertThatThrownBy(() -> TransmissionError.of(input, output, 50)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the output reverses at sample 200");
        double[] short350 = uniform(0, 1, 351);
        assertThatThrownBy(() -> TransmissionError.of(input(short350, 50, phi -> 0), short350, 50))
                .hasMessageContaining("the output turned 350.0 deg in 351 samples; one revolution (360 deg) is needed");
        assertThatThrownBy(() -> TransmissionError.of(input(output, 50, phi -> 0), output, 0))
                .hasMessageContaining("ratio must be a finite number other than 0");
    }

    @Test
    void aHarmonicAboveTheNyquistOrderIsRefused() {
        // 360 samples resolve orders below 180; input harmonic 2 of i = 100 is order 200.
        double[] output = uniform(0, 1, 361);
        TransmissionError te = TransmissionError.of(input(output, 100, phi -> 0), output, 100);
        assertThatThrownBy(() -> te.spectrum(5, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("order 200.0 needs more than 400 samples per output revolution, got 360");
    }
}
