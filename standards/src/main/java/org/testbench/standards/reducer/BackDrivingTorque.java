package org.testbench.standards.reducer;

/**
 * Back-driving torque: the smallest output torque that turns the input, found like
 * {@link StartingTorque} from the other side: the output torque is ramped up with the input
 * shaft free, and the back-driving torque is the output torque at the first sample of sustained
 * motion of the input shaft.
 *
 * @param torqueNm the magnitude of the output torque at the start of motion, Nm
 * @param timeS    the time of that sample, s
 * @param sample   its index
 */
public record BackDrivingTorque(double torqueNm, double timeS, int sample) {

    /**
     * @param timeS             sample times, ascending, s
     * @param outputTorqueNm    the ramped output torque, Nm
     * @param inputAngleDeg     the input shaft's angle, deg
     * @param angleThresholdDeg the angle turned that counts as motion, deg
     * @param holdS             how long the motion must last, s
     * @return the back-driving torque
     * @throws IllegalArgumentException when the input never turns for the hold time, or the data are malformed
     */
    public static BackDrivingTorque fromAngle(double[] timeS, double[] outputTorqueNm, double[] inputAngleDeg,
                                              double angleThresholdDeg, double holdS) {
        int i = MotionOnset.find("back-driving torque", timeS, outputTorqueNm, MotionOnset.travel(inputAngleDeg),
                angleThresholdDeg, "deg", holdS);
        return new BackDrivingTorque(Math.abs(outputTorqueNm[i]), timeS[i], i);
    }

    /**
     * @param timeS             sample times, ascending, s
     * @param outputTorqueNm    the ramped output torque, Nm
     * @param inputSpeedRpm     the input shaft's speed, rpm
     * @param speedThresholdRpm the speed that counts as motion, rpm
     * @param holdS             how long the motion must last, s
     * @return the back-driving torque
     * @throws IllegalArgumentException when the input never turns for the hold time, or the data are malformed
     */
    public static BackDrivingTorque fromSpeed(double[] timeS, double[] outputTorqueNm, double[] inputSpeedRpm,
                                              double speedThresholdRpm, double holdS) {
        int i = MotionOnset.find("back-driving torque", timeS, outputTorqueNm, MotionOnset.magnitude(inputSpeedRpm),
                speedThresholdRpm, "rpm", holdS);
        return new BackDrivingTorque(Math.abs(outputTorqueNm[i]), timeS[i], i);
    }
}
