package org.testbench.rigs.sim.reducer;

/**
 * The steady torque balance at the input shaft, inertia neglected: what the servo must apply to
 * turn the input at a speed against a load, and how fast a torque turns it. Pure.
 *
 * <p>Signs: the load torque T_L is what the load machine applies to the output (positive turns
 * it towards positive angles). When the input drives against the load (T_L opposes the motion),
 * the input supplies {@code -T_L / (i η_f)}; when the load drives (back-driving, T_L along the
 * motion), the load delivers {@code T_L η_b / i} to the input. The friction's no-load torque
 * always opposes the motion. At rest the input holds {@code -T_L / i}.
 */
final class TorqueBalance {

    private static final double RPM_TO_RAD_PER_S = 2 * Math.PI / 60;

    private final double ratio;
    private final double forward;
    private final double backward;
    private final double maxRpm;
    private final Friction friction;

    /** @param params the reducer */
    TorqueBalance(ReducerParams params) {
        this.ratio = params.ratio();
        this.forward = params.forwardEfficiency();
        this.backward = params.backwardEfficiency();
        this.maxRpm = params.maxInputSpeedRpm();
        this.friction = params.friction();
    }

    /**
     * @param inputRpm          the input speed the servo holds
     * @param loadNm            the load machine's torque on the output
     * @param temperatureC      housing temperature
     * @param outputRevolutions output revolutions run so far (wear)
     * @return the torque the servo applies to the input, Nm
     */
    double inputTorqueNm(double inputRpm, double loadNm, double temperatureC, double outputRevolutions) {
        if (inputRpm == 0) {
            return -loadNm / ratio;
        }
        double direction = Math.signum(inputRpm);
        return -reflectedLoadNm(direction, loadNm) + direction * friction.noLoadNm(inputRpm, temperatureC, outputRevolutions);
    }

    /**
     * The speed a torque drives the input at: a resting shaft starts only when the torque
     * available in a direction exceeds the breakaway torque, a turning one keeps turning while it
     * exceeds the running torque; the speed is where the available torque meets the no-load
     * torque, at most the servo's maximum speed.
     *
     * @param motorNm           the servo's torque on the input (0 with the servo off)
     * @param loadNm            the load machine's torque on the output
     * @param previousRpm       the input speed until now: decides between breakaway and running
     * @param temperatureC      housing temperature
     * @param outputRevolutions output revolutions run so far (wear)
     * @return the input speed, rpm; 0 when friction holds the shaft
     */
    double drivenRpm(double motorNm, double loadNm, double previousRpm, double temperatureC,
            double outputRevolutions) {
        double running = friction.noLoadNm(0, temperatureC, outputRevolutions);
        double viscous = friction.viscousNmPerRpm() * friction.factor(temperatureC);
        for (double direction : new double[] {1, -1}) {
            double available = direction * motorNm + direction * reflectedLoadNm(direction, loadNm);
            boolean turning = Math.signum(previousRpm) == direction;
            double threshold = turning ? running : friction.breakawayNm(temperatureC, outputRevolutions);
            if (available > threshold) {
                return direction * Math.min(maxRpm, (available - running) / viscous);
            }
        }
        return 0;
    }

    /**
     * @param inputRpm the input speed
     * @param inputNm  the servo's torque on the input
     * @param loadNm   the load machine's torque on the output
     * @return the power lost in the reducer, W: what enters at the input plus what enters at the output
     */
    double lossW(double inputRpm, double inputNm, double loadNm) {
        double inputRadPerS = inputRpm * RPM_TO_RAD_PER_S;
        return inputNm * inputRadPerS + loadNm * inputRadPerS / ratio;
    }

    /**
     * @param direction +1 or -1, the direction of motion
     * @param loadNm    the load machine's torque on the output
     * @return the load's torque as felt at the input, signed like {@code loadNm}: scaled by the
     *     backward efficiency when it pushes along the motion, by 1 / forward efficiency against it
     */
    private double reflectedLoadNm(double direction, double loadNm) {
        return loadNm * direction > 0 ? loadNm * backward / ratio : loadNm / (ratio * forward);
    }
}
