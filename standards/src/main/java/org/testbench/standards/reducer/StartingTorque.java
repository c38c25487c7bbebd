package org.testbench.standards.reducer;

/**
 * Starting torque: the smallest input torque that starts the reducer turning, without load.
 * The input torque is ramped up slowly; the starting torque is the input torque at the first
 * sample of sustained motion, motion being the input shaft's angle turned from its start or its
 * speed, above a threshold for a hold time (both parameters of the procedure, so a lab sets them
 * to its encoders and its reading of the standard).
 *
 * @param torqueNm the magnitude of the input torque at the start of motion, Nm
 * @param timeS    the time of that sample, s
 * @param sample   its index
 */
public record StartingTorque(double torqueNm, double timeS, int sample) {

    /**
     * @param timeS             sample times, ascending, s
     * @param inputTorqueNm     the ramped input torque, Nm
     * @param inputAngleDeg     the input shaft's angle, deg
     * @param angleThresholdDeg the angle turned that counts as motion, deg
     * @param holdS             how long the motion must last, s
     * @return the starting torque
     * @throws IllegalArgumentException when the input never turns for the hold time, or the data are malformed
     */
    public static StartingTorque fromAngle(double[] timeS, double[] inputTorqueNm, double[] inputAngleDeg,
                                           double angleThresholdDeg, double holdS) {
        int i = MotionOnset.find("starting torque", timeS, inputTorqueNm, MotionOnset.travel(inputAngleDeg),
                angleThresholdDeg, "deg", holdS);
        return new StartingTorque(Math.abs(inputTorqueNm[i]), timeS[i], i);
    }

    /**
     * @param timeS             sample times, ascending, s
     * @param inputTorqueNm     the ramped input torque, Nm
     * @param inputSpeedRpm     the input shaft's speed, rpm
     * @param speedThresholdRpm the speed that counts as motion, rpm
     * @param holdS             how long the motion must last, s
     * @return the starting torque
     * @throws IllegalArgumentException when the input never turns for the hold time, or the data are malformed
     */
    public static StartingTorque fromSpeed(double[] timeS, double[] inputTorqueNm, double[] inputSpeedRpm,
                                           double speedThresholdRpm, double holdS) {
        int i = MotionOnset.find("starting torque", timeS, inputTorqueNm, MotionOnset.magnitude(inputSpeedRpm),
                speedThresholdRpm, "rpm", holdS);
        return new StartingTorque(Math.abs(inputTorqueNm[i]), timeS[i], i);
    }
}
