package org.testbench.standards.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReducerLifeTest {

    @Test
    void harmonicL50AndL10() {
        // L_n = 35000 h at n_N = 2000 rpm and T_N = 40 Nm; at n_av = 1000 rpm, T_av = 20 Nm:
        // L50 = 35000 x (2000/1000) x (40/20)^3 = 35000 x 2 x 8 = 560,000 h; L10 = 112,000 h.
        HarmonicLife life = HarmonicLife.of(35000, 2000, 40, 1000, 20);
        assertThat(life.l50Hours()).isCloseTo(560_000, within(1e-6));
        assertThat(life.l10Hours()).isCloseTo(112_000, within(1e-6));
    }

    @Test
    void harmonicLifeFromADutyCycle() {
        // 7 s at 1000 rpm and 0 Nm, 1 s at 1000 rpm and 20 Nm: n_av = 1000 rpm;
        // T_av = ((7000 x 0 + 1000 x 20³) / 8000)^(1/3) = 1000^(1/3) = 10 Nm;
        // L50 = 35000 x 2 x (40/10)^3 = 4,480,000 h.
        DutyCycle cycle = new DutyCycle(List.of(new DutyCycle.Segment(7, 1000, 0), new DutyCycle.Segment(1, 1000, 20)));
        HarmonicLife life = HarmonicLife.of(35000, 2000, 40, cycle);
        assertThat(life.averageTorqueNm()).isCloseTo(10, within(1e-9));
        assertThat(life.l50Hours()).isCloseTo(4_480_000, within(1e-3));
    }

    @Test
    void rvLifeWithEqualTorquesIsTheSpeedRatioTimesTwoToTheTenThirds() {
        // 3 s at 10 rpm and 1 s at 30 rpm, both 200 Nm (one reversed): N_m = (30 + 30)/4 = 15 rpm,
        // T_m = 200 Nm. With N0 = 15 rpm, T0 = 400 Nm: L_h = 6000 x 1 x 2^(10/3) = 60,476.2 h.
        DutyCycle cycle = new DutyCycle(List.of(new DutyCycle.Segment(3, 10, 200), new DutyCycle.Segment(1, 30, -200)));
        RvLife life = RvLife.of(15, 400, cycle);
        assertThat(life.averageSpeedRpm()).isCloseTo(15, within(1e-12));
        assertThat(life.averageTorqueNm()).isCloseTo(200, within(1e-9));
        assertThat(life.lifeHours()).isCloseTo(6000 * Math.pow(2, 10.0 / 3), within(1e-6));
        assertThat(life.lifeHours()).isCloseTo(60_476.2, within(0.1));
    }

    @Test
    void rvMeanTorqueIsWeightedByRevolutions() {
        // 1 s at 10 rpm and 200 Nm, 1 s at 30 rpm and 100 Nm: N_m = 20 rpm;
        // T_m = ((10 x 200^(10/3) + 30 x 100^(10/3)) / 40)^(3/10) = 100 x ((10 x 2^(10/3) + 30)/40)^0.3
        //     = 100 x 3.2698421^0.3 = 142.67834 Nm;
        // L_h = 6000 x (15/20) x (400/142.67834)^(10/3) = 4500 x 31.0699 = 139,814.6 h.
        DutyCycle cycle = new DutyCycle(List.of(new DutyCycle.Segment(1, 10, 200), new DutyCycle.Segment(1, 30, 100)));
        RvLife life = RvLife.of(15, 400, cycle);
        assertThat(life.averageSpeedRpm()).isCloseTo(20, within(1e-12));
        assertThat(life.averageTorqueNm()).isCloseTo(142.67834, within(1e-5));
        assertThat(life.lifeHours()).isCloseTo(139_814.6, within(0.1));
    }

    @Test
    void aCycleThatNeverTurnsOrZeroTorqueIsRefused() {
        assertThatThrownBy(() -> new DutyCycle(List.of(new DutyCycle.Segment(1, 0, 100))))
                .hasMessageContaining("no segment turns");
        DutyCycle idle = new DutyCycle(List.of(new DutyCycle.Segment(1, 10, 0)));
        assertThatThrownBy(() -> RvLife.of(15, 400, idle)).hasMessageContaining("must be finite numbers > 0, got 0.0");
        assertThatThrownBy(() -> new DutyCycle.Segment(0, 10, 100)).hasMessageContaining("finite time > 0");
    }
}
