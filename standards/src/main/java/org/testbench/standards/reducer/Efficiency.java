package org.testbench.standards.reducer;

/**
 * Efficiency at one operating point: η = (T_out ω_out) / (T_in ω_in), in %.
 *
 * <p>Torques and speeds enter as magnitudes: the bench drives the input and brakes the output,
 * so power flows from input to output, and the sign conventions of torque sensors and encoders
 * differ from bench to bench. Over a steady window the efficiency is the ratio of the mean
 * powers, not the mean of sample ratios, which a sample near zero input power would swamp.
 *
 * @param percent      η, %
 * @param inputPowerW  T_in ω_in, W
 * @param outputPowerW T_out ω_out, W
 */
public record Efficiency(double percent, double inputPowerW, double outputPowerW) {

    private static final double RPM_TO_RAD_PER_S = 2 * Math.PI / 60;

    /**
     * @param inputTorqueNm  input torque, Nm
     * @param inputSpeedRpm  input speed, rpm
     * @param outputTorqueNm output torque, Nm
     * @param outputSpeedRpm output speed, rpm
     * @return the efficiency at that point
     * @throws IllegalArgumentException when the input power is zero or a value is not finite
     */
    public static Efficiency of(double inputTorqueNm, double inputSpeedRpm, double outputTorqueNm,
                                double outputSpeedRpm) {
        return fromPowers(power(inputTorqueNm, inputSpeedRpm), power(outputTorqueNm, outputSpeedRpm));
    }

    /**
     * @param inputTorqueNm  input torque per sample of a steady window, Nm
     * @param inputSpeedRpm  input speed per sample, rpm
     * @param outputTorqueNm output torque per sample, Nm
     * @param outputSpeedRpm output speed per sample, rpm
     * @return the efficiency from the window's mean input and output powers
     * @throws IllegalArgumentException when the arrays are empty or differ in length, the input
     *                                  power is zero, or a value is not finite
     */
    public static Efficiency ofWindow(double[] inputTorqueNm, double[] inputSpeedRpm, double[] outputTorqueNm,
                                      double[] outputSpeedRpm) {
        int n = inputTorqueNm.length;
        if (n == 0 || inputSpeedRpm.length != n || outputTorqueNm.length != n || outputSpeedRpm.length != n) {
            throw new IllegalArgumentException("efficiency: needs as many input torques, input speeds, output torques"
                    + " and output speeds, at least one; got " + n + ", " + inputSpeedRpm.length + ", "
                    + outputTorqueNm.length + ", " + outputSpeedRpm.length);
        }
        double in = 0;
        double out = 0;
        for (int i = 0; i < n; i++) {
            in += power(inputTorqueNm[i], inputSpeedRpm[i]);
            out += power(outputTorqueNm[i], outputSpeedRpm[i]);
        }
        return fromPowers(in / n, out / n);
    }

    private static double power(double torqueNm, double speedRpm) {
        return Math.abs(torqueNm) * Math.abs(speedRpm) * RPM_TO_RAD_PER_S;
    }

    private static Efficiency fromPowers(double in, double out) {
        if (!Double.isFinite(in) || !Double.isFinite(out)) {
            throw new IllegalArgumentException("efficiency: a torque or speed is not a finite number");
        }
        if (in == 0) {
            throw new IllegalArgumentException("efficiency: the input power is zero (no input torque or speed)");
        }
        return new Efficiency(100 * out / in, in, out);
    }
}
