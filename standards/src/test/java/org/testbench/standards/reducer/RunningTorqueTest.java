package org.testbench.standards.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Starting, back-driving and no-load running torque. */
class RunningTorqueTest {

    /** 0..10 s at 100 Hz. */
    private static double[] time() {
        double[] t = new double[1001];
        for (int i = 0; i < t.length; i++) {
            t[i] = i / 100.0;
        }
        return t;
    }

    /** A torque ramp of 0.1 Nm/s: T = t / 10. */
    private static double[] ramp(double[] time) {
        double[] torque = new double[time.length];
        for (int i = 0; i < time.length; i++) {
            torque[i] = time[i] / 10;
        }
        return torque;
    }

    /**
     * The shaft breaks away at 6.053 s and turns at 20 deg/s; before that a twitch to 0.2 deg
     * between 3.00 and 3.20 s (shorter than the 0.5 s hold time) springs back.
     */
    private static double[] angle(double[] time) {
        double[] angle = new double[time.length];
        for (int i = 0; i < time.length; i++) {
            double t = time[i];
            angle[i] = 45 + (t >= 3.0 && t <= 3.2 ? 0.2 : Math.max(0, 20 * (t - 6.053)));
        }
        return angle;
    }

    @Test
    void startingTorqueIsTheTorqueAtTheFirstSustainedMotion() {
        // Threshold 0.1 deg: 20 (t - 6.053) > 0.1 first at t = 6.06 s (0.14 deg; at 6.05 s it has
        // not moved). The twitch at 3.0..3.2 s lasts 0.2 s < 0.5 s: not a start. Torque at 6.06 s
        // on the 0.1 Nm/s ramp: 0.606 Nm.
        double[] t = time();
        StartingTorque start = StartingTorque.fromAngle(t, ramp(t), angle(t), 0.1, 0.5);
        assertThat(start.sample()).isEqualTo(606);
        assertThat(start.timeS()).isCloseTo(6.06, within(1e-12));
        assertThat(start.torqueNm()).isCloseTo(0.606, within(1e-12));
    }

    @Test
    void startingTorqueFromTheSpeedSignal() {
        // Speed 5 rpm from 6.053 s on, a 3 rpm twitch between 3.0 and 3.2 s; threshold 1 rpm,
        // hold 0.5 s: first sustained sample 6.06 s, torque 0.606 Nm (magnitude of a negative ramp).
        double[] t = time();
        double[] torque = ramp(t);
        double[] speed = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            torque[i] = -torque[i];
            speed[i] = t[i] >= 6.053 ? -5 : t[i] >= 3.0 && t[i] <= 3.2 ? -3 : 0;
        }
        assertThat(StartingTorque.fromSpeed(t, torque, speed, 1, 0.5).torqueNm()).isCloseTo(0.606, within(1e-12));
    }

    @Test
    void backDrivingTorqueIsTheOutputTorqueThatTurnsTheInput() {
        // Same motion on the input shaft while the output torque ramps at 10 Nm/s (T = 10 t):
        // 60.6 Nm at 6.06 s.
        double[] t = time();
        double[] output = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            output[i] = 10 * t[i];
        }
        BackDrivingTorque back = BackDrivingTorque.fromAngle(t, output, angle(t), 0.1, 0.5);
        assertThat(back.torqueNm()).isCloseTo(60.6, within(1e-9));
        assertThat(back.timeS()).isCloseTo(6.06, within(1e-12));
    }

    @Test
    void aShaftThatNeverTurnsLongEnoughIsAnError() {
        // With a hold of 4 s, the motion from 6.06 s (to the end at 10 s: 3.94 s) never lasts long enough.
        double[] t = time();
        assertThatThrownBy(() -> StartingTorque.fromAngle(t, ramp(t), angle(t), 0.1, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("starting torque: the shaft never turns beyond 0.1000 deg for 4.000 s in the 10.00 s recorded");
        double[] backwards = t.clone();
        backwards[10] = backwards[9];
        assertThatThrownBy(() -> StartingTorque.fromAngle(backwards, ramp(t), angle(t), 0.1, 0.5))
                .hasMessageContaining("sample times must ascend, sample 10");
    }

    @Test
    void noLoadRunningTorqueIsTheMeanOverTheSteadyEndOfTheRecord() {
        // 0..20 s at 10 Hz; the speed ramps to 1000 rpm over 5 s, then holds 1000 rpm ± 0.5.
        // The torque alternates 0.6 / 0.4 Nm while steady. Window 9.95 s: samples 10.1..20.0 s,
        // 100 of them, 50 at 0.6 and 50 at 0.4: mean 0.5 Nm; Σ(x - 0.5)² = 100 x 0.01 = 1, so the
        // standard deviation is sqrt(1/99) = 0.100504 Nm.
        int n = 201;
        double[] time = new double[n];
        double[] speed = new double[n];
        double[] torque = new double[n];
        for (int k = 0; k < n; k++) {
            time[k] = k / 10.0;
            speed[k] = time[k] < 5 ? 200 * time[k] : 1000 + (k % 2 == 0 ? 0.5 : -0.5);
            torque[k] = time[k] < 5 ? 2 : k % 2 == 0 ? 0.6 : 0.4;
        }
        NoLoadRunningTorque running = NoLoadRunningTorque.of(time, torque, speed, 1000, 1, 9.95);
        assertThat(running.samples()).isEqualTo(100);
        assertThat(running.fromS()).isCloseTo(10.1, within(1e-9));
        assertThat(running.toS()).isCloseTo(20, within(1e-9));
        assertThat(running.meanTorqueNm()).isCloseTo(0.5, within(1e-12));
        assertThat(running.stdDevNm()).isCloseTo(Math.sqrt(1 / 99.0), within(1e-12));
        assertThat(running.meanSpeedRpm()).isCloseTo(1000, within(1e-9));
        // 1000 rpm ± 1 % is reached at 4.95 s: 15.05 s steady, too short for a 16 s window.
        assertThatThrownBy(() -> NoLoadRunningTorque.of(time, torque, speed, 1000, 1, 16))
                .hasMessage("no-load running torque: the input runs within 1.000 % of 1000 rpm for only 15.00 s at the"
                        + " end of the record; the window needs 16.00 s");
    }
}
