package org.testbench.rigs.sim.reducer;

/**
 * The bench's measured quantities at one instant of simulated time: the true values, or what the
 * sensors read once {@link NoisySensors} has added their noise.
 *
 * @param simTimeS          simulated seconds since the server started
 * @param inputAngleDeg     input shaft angle, multi-turn, degrees
 * @param inputRpm          input speed
 * @param inputTorqueNm     torque the input side applies to the reducer, Nm
 * @param outputAngleDeg    output shaft angle, multi-turn, degrees
 * @param outputRpm         output speed
 * @param outputTorqueNm    torque the load machine applies to the output, Nm
 * @param housingC          housing temperature, degC
 * @param ambientC          ambient temperature, degC
 * @param outputRevolutions output revolutions run since start-up (what wear grows with; not a
 *                          bench signal)
 */
public record BenchReading(double simTimeS, double inputAngleDeg, double inputRpm, double inputTorqueNm,
        double outputAngleDeg, double outputRpm, double outputTorqueNm, double housingC, double ambientC,
        double outputRevolutions) {
}
