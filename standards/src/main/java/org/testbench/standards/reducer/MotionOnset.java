package org.testbench.standards.reducer;

import java.util.Locale;

/**
 * Finds where a shaft starts to turn during a torque ramp: the first sample from which the
 * motion stays above a threshold for a hold time. A twitch shorter than the hold time (a
 * stick-slip, a bump of the bench) is not a start, and a start only counts when the record
 * goes on long enough to see it hold.
 */
final class MotionOnset {

    private MotionOnset() {
    }

    /**
     * @param what      the characteristic, for messages
     * @param timeS     sample times, ascending, s
     * @param torqueNm  the ramped torque per sample, Nm
     * @param motion    per sample, how far the shaft has moved (deg) or how fast it turns (rpm), >= 0
     * @param threshold the motion that counts as turning, in the unit of {@code motion}
     * @param unit      the unit of {@code motion}, for messages
     * @param holdS     how long the motion must stay above the threshold, s
     * @return the first sample of sustained motion
     * @throws IllegalArgumentException when the arrays differ in length, the times do not ascend,
     *                                  or the shaft never turns for the hold time
     */
    static int find(String what, double[] timeS, double[] torqueNm, double[] motion, double threshold, String unit,
                    double holdS) {
        int n = timeS.length;
        if (torqueNm.length != n || motion.length != n) {
            throw new IllegalArgumentException(what + ": " + n + " times, " + torqueNm.length + " torques and "
                    + motion.length + " motion samples");
        }
        if (!(threshold > 0) || !(holdS >= 0)) {
            throw new IllegalArgumentException(what + ": the motion threshold must be > 0 and the hold time >= 0, got "
                    + threshold + " " + unit + " and " + holdS + " s");
        }
        int start = -1;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(timeS[i]) || !Double.isFinite(torqueNm[i]) || !Double.isFinite(motion[i])) {
                throw new IllegalArgumentException(what + ": sample " + i + " is not a finite number");
            }
            if (i > 0 && !(timeS[i] > timeS[i - 1])) {
                throw new IllegalArgumentException(what + ": sample times must ascend, sample " + i + " at " + timeS[i]
                        + " s follows " + timeS[i - 1] + " s");
            }
            if (motion[i] > threshold) {
                if (start < 0) {
                    start = i;
                }
                if (timeS[i] - timeS[start] >= holdS) {
                    return start;
                }
            } else {
                start = -1;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: the shaft never turns beyond %.4g %s for"
                + " %.4g s in the %.4g s recorded", what, threshold, unit, holdS, n == 0 ? 0 : timeS[n - 1] - timeS[0]));
    }

    /**
     * @param angleDeg shaft angle per sample, deg
     * @return per sample, the angle turned from the first sample, as a magnitude
     */
    static double[] travel(double[] angleDeg) {
        double[] travel = new double[angleDeg.length];
        for (int i = 0; i < angleDeg.length; i++) {
            travel[i] = Math.abs(angleDeg[i] - angleDeg[0]);
        }
        return travel;
    }

    /**
     * @param speedRpm shaft speed per sample, rpm
     * @return the speeds as magnitudes
     */
    static double[] magnitude(double[] speedRpm) {
        double[] magnitude = new double[speedRpm.length];
        for (int i = 0; i < speedRpm.length; i++) {
            magnitude[i] = Math.abs(speedRpm[i]);
        }
        return magnitude;
    }
}
