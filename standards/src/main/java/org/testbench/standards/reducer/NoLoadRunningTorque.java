package org.testbench.standards.reducer;

import java.util.Locale;

/**
 * No-load running torque: the input torque needed to run the reducer without load at a set
 * speed (and the temperature reached), as the mean over a steady window at the end of the
 * record, with its sample standard deviation. Steady means every sample of the window runs
 * within a tolerance of the set speed; the window is the last {@code windowS} seconds of the
 * record's final steady stretch.
 *
 * @param meanTorqueNm the mean input torque over the window, Nm (signed like the speed)
 * @param stdDevNm     the sample standard deviation of the input torque over the window, Nm
 * @param meanSpeedRpm the mean input speed over the window, rpm
 * @param fromS        the window's first sample time, s
 * @param toS          the window's last sample time, s
 * @param samples      the samples in the window
 */
public record NoLoadRunningTorque(double meanTorqueNm, double stdDevNm, double meanSpeedRpm, double fromS, double toS,
                                  int samples) {

    /**
     * @param timeS            sample times, ascending, s
     * @param inputTorqueNm    input torque per sample, Nm
     * @param inputSpeedRpm    input speed per sample, rpm
     * @param setSpeedRpm      the set speed, not 0, rpm
     * @param tolerancePercent how far, in % of the set speed, a steady speed may stray
     * @param windowS          the length of the window averaged, > 0, s
     * @return the no-load running torque
     * @throws IllegalArgumentException when the record does not end in a steady stretch as long
     *                                  as the window, or the data are malformed
     */
    public static NoLoadRunningTorque of(double[] timeS, double[] inputTorqueNm, double[] inputSpeedRpm,
                                         double setSpeedRpm, double tolerancePercent, double windowS) {
        int n = timeS.length;
        if (inputTorqueNm.length != n || inputSpeedRpm.length != n) {
            throw new IllegalArgumentException("no-load running torque: " + n + " times, " + inputTorqueNm.length
                    + " torques and " + inputSpeedRpm.length + " speeds");
        }
        if (setSpeedRpm == 0 || !Double.isFinite(setSpeedRpm) || !(tolerancePercent > 0) || !(windowS > 0)) {
            throw new IllegalArgumentException("no-load running torque: needs a set speed other than 0, a tolerance"
                    + " > 0 and a window > 0, got " + setSpeedRpm + " rpm, " + tolerancePercent + " %, " + windowS + " s");
        }
        double band = tolerancePercent / 100 * Math.abs(setSpeedRpm);
        int first = n;
        while (first > 0 && Math.abs(inputSpeedRpm[first - 1] - setSpeedRpm) <= band) {
            first--;
        }
        double steady = first < n ? timeS[n - 1] - timeS[first] : 0;
        if (first == n || steady < windowS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "no-load running torque: the input runs"
                    + " within %.4g %% of %.4g rpm for only %.4g s at the end of the record; the window needs %.4g s",
                    tolerancePercent, setSpeedRpm, steady, windowS));
        }
        int from = n - 1;
        while (from > first && timeS[from - 1] >= timeS[n - 1] - windowS) {
            from--;
        }
        int count = n - from;
        double torque = 0;
        double speed = 0;
        for (int i = from; i < n; i++) {
            if (!Double.isFinite(inputTorqueNm[i])) {
                throw new IllegalArgumentException("no-load running torque: sample " + i + " is not a finite number");
            }
            torque += inputTorqueNm[i];
            speed += inputSpeedRpm[i];
        }
        torque /= count;
        speed /= count;
        double squares = 0;
        for (int i = from; i < n; i++) {
            double d = inputTorqueNm[i] - torque;
            squares += d * d;
        }
        // A window of length > 0 inside a steady stretch at least as long holds two samples at least.
        return new NoLoadRunningTorque(torque, Math.sqrt(squares / (count - 1)), speed, timeS[from], timeS[n - 1], count);
    }
}
