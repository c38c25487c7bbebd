package org.testbench.rigs.sim.reducer;

/**
 * The standard deviations of the Gaussian noise each simulated sensor adds to the true value.
 *
 * @param inputAngleArcsec  input encoder, arcsec
 * @param outputAngleArcsec output encoder, arcsec
 * @param inputSpeedRpm     input speed, rpm
 * @param outputSpeedRpm    output speed, rpm
 * @param inputTorqueNm     input torque sensor, Nm
 * @param outputTorqueNm    output torque sensor, Nm
 * @param temperatureK      housing and ambient thermometers, K
 */
public record SensorNoise(double inputAngleArcsec, double outputAngleArcsec, double inputSpeedRpm,
        double outputSpeedRpm, double inputTorqueNm, double outputTorqueNm, double temperatureK) {

    /** No noise at all: every sensor reads the true value. */
    public static final SensorNoise NONE = new SensorNoise(0, 0, 0, 0, 0, 0, 0);

    /** Checks that every deviation is >= 0, naming the params-file field. */
    public SensorNoise {
        ParamCheck.nonNegative("noise.input-angle", inputAngleArcsec);
        ParamCheck.nonNegative("noise.output-angle", outputAngleArcsec);
        ParamCheck.nonNegative("noise.input-speed", inputSpeedRpm);
        ParamCheck.nonNegative("noise.output-speed", outputSpeedRpm);
        ParamCheck.nonNegative("noise.input-torque", inputTorqueNm);
        ParamCheck.nonNegative("noise.output-torque", outputTorqueNm);
        ParamCheck.nonNegative("noise.temperature", temperatureK);
    }
}
