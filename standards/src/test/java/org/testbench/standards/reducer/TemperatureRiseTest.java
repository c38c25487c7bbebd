package org.testbench.standards.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TemperatureRiseTest {

    /**
     * One sample every 10 s; ambient 25 degC; the housing warms at 0.01 degC/s for 3000 s (to
     * 55 degC), then creeps at 0.5 degC/h.
     */
    private static double[][] record(double endS) {
        int n = (int) (endS / 10) + 1;
        double[][] r = new double[3][n];
        for (int i = 0; i < n; i++) {
            double t = 10.0 * i;
            r[0][i] = t;
            r[1][i] = t <= 3000 ? 25 + 0.01 * t : 55 + 0.5 / 3600 * (t - 3000);
            r[2][i] = 25;
        }
        return r;
    }

    @Test
    void riseAtSteadyStateIsTheMeanOverTheLastWindow() {
        // Record to 7200 s, window 1800 s: 5400..7200 s, straight at 0.5 degC/h <= 1 degC/h:
        // steady. Mean time 6300 s, so the mean rise is 30 + 0.5 x 3300/3600 = 30.458333 degC.
        double[][] r = record(7200);
        TemperatureRise rise = TemperatureRise.of(r[0], r[1], r[2], 1800, 1);
        assertThat(rise.steady()).isTrue();
        assertThat(rise.slopeDegCPerHour()).isCloseTo(0.5, within(1e-9));
        assertThat(rise.riseDegC()).isCloseTo(30 + 0.5 * 3300 / 3600, within(1e-9));
        assertThat(rise.fromS()).isEqualTo(5400);
        assertThat(rise.toS()).isEqualTo(7200);
    }

    @Test
    void aRecordStoppedWhileStillWarmingIsNotSteady() {
        // Record to 3000 s: the window 1200..3000 s climbs at 0.01 degC/s = 36 degC/h; the mean
        // rise is 0.01 x 2100 = 21 degC, reported as not steady.
        double[][] r = record(3000);
        TemperatureRise rise = TemperatureRise.of(r[0], r[1], r[2], 1800, 1);
        assertThat(rise.steady()).isFalse();
        assertThat(rise.slopeDegCPerHour()).isCloseTo(36, within(1e-9));
        assertThat(rise.riseDegC()).isCloseTo(21, within(1e-9));
    }

    @Test
    void aRecordShorterThanTheWindowIsRefused() {
        double[][] r = record(600);
        assertThatThrownBy(() -> TemperatureRise.of(r[0], r[1], r[2], 1800, 1))
                .hasMessage("temperature rise: the record lasts 600.0 s, shorter than the 1800 s window");
    }
}
