package org.testbench.standards.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EfficiencyTest {

    @Test
    void efficiencyIsOutputOverInputPower() {
        // In: 2 Nm at 3000 rpm, P = 2 x 3000 x 2π/60 = 628.3185 W. Out (i = 100): 170 Nm at
        // 30 rpm, P = 170 x 30 x 2π/60 = 534.0708 W. η = 5100/6000 = 85 %. Signs do not matter.
        Efficiency eta = Efficiency.of(2, 3000, -170, 30);
        assertThat(eta.inputPowerW()).isCloseTo(200 * Math.PI, within(1e-9));
        assertThat(eta.outputPowerW()).isCloseTo(170 * Math.PI, within(1e-9));
        assertThat(eta.percent()).isCloseTo(85, within(1e-12));
        assertThatThrownBy(() -> Efficiency.of(0, 3000, 170, 30)).hasMessageContaining("input power is zero");
    }

    @Test
    void overAWindowItIsTheRatioOfMeanPowers() {
        // Two samples: in 2 Nm and 1 Nm at 3000 rpm (200π and 100π W, mean 150π W), out 170 Nm and
        // 40 Nm at 30 rpm (170π and 40π W, mean 105π W): η = 105/150 = 70 %, not the mean
        // 62.5 % of the samples' 85 % and 40 %.
        Efficiency eta = Efficiency.ofWindow(new double[] {2, 1}, new double[] {3000, 3000}, new double[] {170, 40},
                new double[] {30, 30});
        assertThat(eta.percent()).isCloseTo(70, within(1e-12));
    }

    @Test
    void mapReadsPointsTheLowestAndInterpolates() {
        // 2 speeds x 2 torques at 25 degC and one point at 60 degC. Bilinear at 1500 rpm, 75 Nm
        // (u = v = 0.5) is the mean of the four corners: (70 + 80 + 74 + 84) / 4 = 77 %.
        EfficiencyMap map = new EfficiencyMap(List.of(
                new EfficiencyMap.Point(2000, 100, 25, 84),
                new EfficiencyMap.Point(1000, 50, 25, 70),
                new EfficiencyMap.Point(1000, 100, 25, 80),
                new EfficiencyMap.Point(2000, 50, 25, 74),
                EfficiencyMap.Point.of(Efficiency.of(2, 3000, 170, 30), 3000, 170, 60)));
        assertThat(map.speeds()).containsExactly(1000.0, 2000.0, 3000.0);
        assertThat(map.temperatures()).containsExactly(25.0, 60.0);
        assertThat(map.points().get(0)).isEqualTo(new EfficiencyMap.Point(1000, 50, 25, 70));
        assertThat(map.efficiencyAt(3000, 170, 60)).isCloseTo(85, within(1e-12));
        assertThat(map.lowest().efficiencyPercent()).isEqualTo(70);
        assertThat(map.interpolate(1500, 75, 25)).isCloseTo(77, within(1e-12));
        // At 1250 rpm, 100 Nm: u = 0.25 on the upper edge: 80 + 0.25 (84 - 80) = 81 %.
        assertThat(map.interpolate(1250, 100, 25)).isCloseTo(81, within(1e-12));
        assertThatThrownBy(() -> map.interpolate(1500, 75, 60)).hasMessageContaining("no point at 1000 rpm, 50.00 Nm, 60.00 degC");
        assertThatThrownBy(() -> map.interpolate(500, 75, 25)).hasMessageContaining("speed 500.0 rpm lies outside");
    }

    @Test
    void aPointGivenTwiceIsRefused() {
        assertThatThrownBy(() -> new EfficiencyMap(List.of(new EfficiencyMap.Point(1000, 50, 25, 70),
                new EfficiencyMap.Point(1000, 50, 25, 71))))
                .hasMessage("efficiency map: the point 1000 rpm, 50.00 Nm, 25.00 degC is given twice");
    }
}
