package org.testbench.rigs.sim.reducer;

import java.util.Locale;

/**
 * One sinusoidal component of the transmission error, tied to the revolution of one shaft:
 * {@code amplitude * sin(order * shaftAngle + phase)}. Harmonics of the input revolution come
 * from the wave generator or crank (they repeat {@code order * ratio} times per output turn),
 * harmonics of the output revolution from the circular spline, ring gear or pins.
 *
 * @param shaft           whose revolution the component follows
 * @param order           cycles per revolution of that shaft, 1 or more
 * @param amplitudeArcmin the amplitude at the output, arcmin (half the component's peak-to-peak)
 * @param phaseDeg        the phase at shaft angle 0, degrees
 */
public record TransmissionHarmonic(Shaft shaft, int order, double amplitudeArcmin, double phaseDeg) {

    /** The shaft whose angle a harmonic follows. */
    public enum Shaft {
        /** The input (motor side) shaft. */
        INPUT,
        /** The output (load side) shaft. */
        OUTPUT;

        /** @return the name as written in params files: "input" or "output" */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Checks the order and that amplitude and phase are numbers. */
    public TransmissionHarmonic {
        if (shaft == null) {
            throw new IllegalArgumentException("transmission-error shaft must be input or output");
        }
        if (order < 1) {
            throw new IllegalArgumentException("transmission-error order must be 1 or more, got " + order);
        }
        ParamCheck.nonNegative("transmission-error amplitude", amplitudeArcmin);
        ParamCheck.finite("transmission-error phase", phaseDeg);
    }

    /**
     * @param inputAngleDeg the input shaft angle, degrees, multi-turn
     * @param ratio         the reduction ratio, input turns per output turn
     * @return this component's transmission error at that input angle, arcmin
     */
    public double errorArcmin(double inputAngleDeg, double ratio) {
        double shaftDeg = shaft == Shaft.INPUT ? inputAngleDeg : inputAngleDeg / ratio;
        // Reduce before converting, so a shaft that has turned a million times keeps its phase exactly.
        double phase = Math.toRadians(Math.IEEEremainder(order * shaftDeg, 360.0) + phaseDeg);
        return amplitudeArcmin * Math.sin(phase);
    }

    /**
     * @param ratio the reduction ratio
     * @return how many cycles of this component one output revolution holds: what a spectrum of
     *     the error over an output turn shows it at
     */
    public double cyclesPerOutputRevolution(double ratio) {
        return shaft == Shaft.INPUT ? order * ratio : order;
    }
}
