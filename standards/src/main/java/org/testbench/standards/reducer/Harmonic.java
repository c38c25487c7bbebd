package org.testbench.standards.reducer;

/**
 * One harmonic of the transmission error: the component A cos(kφ + ψ) of e(φ), φ the output
 * angle.
 *
 * @param order           k, cycles per output revolution (an input harmonic m sits at m |i|)
 * @param amplitudeArcmin A, the peak (not peak-to-peak) amplitude, arcmin
 * @param phaseDeg        ψ, deg
 */
public record Harmonic(double order, double amplitudeArcmin, double phaseDeg) {
}
