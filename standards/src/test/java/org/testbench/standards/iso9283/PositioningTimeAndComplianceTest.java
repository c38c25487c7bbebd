package org.testbench.standards.iso9283;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testbench.standards.geometry.Vector3;

/** Minimum positioning time (clause 9) and static compliance (clause 10) by hand. */
class PositioningTimeAndComplianceTest {

    @Test
    void minimumPositioningTimeIsTheMeanPerStep() {
        // 10 mm: (0.50 + 0.52 + 0.54) / 3 = 0.52; 100 mm: (0.9 + 1.0 + 1.1) / 3 = 1.0; 50 mm: one cycle 0.7.
        MinimumPositioningTime time = MinimumPositioningTime.of(Map.of(
                100.0, List.of(0.9, 1.0, 1.1), 10.0, List.of(0.50, 0.52, 0.54), 50.0, List.of(0.7)));
        assertThat(time.meanTimeSByStepMm().keySet()).containsExactly(10.0, 50.0, 100.0);
        assertThat(time.meanTimeS(10)).isCloseTo(0.52, within(1e-12));
        assertThat(time.meanTimeS(50)).isCloseTo(0.7, within(1e-12));
        assertThat(time.meanTimeS(100)).isCloseTo(1.0, within(1e-12));
        assertThatThrownBy(() -> time.meanTimeS(20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[10.0, 50.0, 100.0]");
        assertThat(Iso9283.MINIMUM_POSITIONING_STEPS_MM).containsExactly(10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0);
    }

    @Test
    void positioningTimeRejectsEmptyStepsAndBadTimes() {
        assertThatThrownBy(() -> MinimumPositioningTime.of(Map.of(20.0, List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("20.0 mm step needs at least 1 cycle, got 0");
        assertThatThrownBy(() -> MinimumPositioningTime.of(Map.of(20.0, List.of(0.5, -0.1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle 2").hasMessageContaining("-0.1");
        assertThatThrownBy(() -> MinimumPositioningTime.of(Map.of(0.0, List.of(0.5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step distance");
        assertThatThrownBy(() -> MinimumPositioningTime.of(Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
    }

    @Test
    void complianceIsTheSlopeThroughTheOriginAlongTheLoad() {
        // Load along -Z: displacement components along -Z are 0.1, 0.21, 0.29 (the 0.01 mm along X is
        // across the load and does not count). Σ F s = 100 x 0.1 + 200 x 0.21 + 300 x 0.29 = 10 + 42 + 87 = 139;
        // Σ F² = 10,000 + 40,000 + 90,000 = 140,000; C = 139 / 140,000 = 0.000992857143 mm/N.
        StaticCompliance c = StaticCompliance.of(LoadDirection.MINUS_Z, new double[] {100, 200, 300},
                List.of(new Vector3(0, 0, -0.1), new Vector3(0.01, 0, -0.21), new Vector3(0, 0, -0.29)));
        assertThat(c.direction()).isEqualTo(LoadDirection.MINUS_Z);
        assertThat(c.steps()).isEqualTo(3);
        assertThat(c.mmPerN()).isCloseTo(0.000992857143, within(1e-12));
    }

    @Test
    void oneStepGivesItsRatio() {
        // 0.05 mm along +X under 250 N: 0.05 / 250 = 0.0002 mm/N.
        StaticCompliance c = StaticCompliance.of(LoadDirection.PLUS_X, new double[] {250}, List.of(new Vector3(0.05, 0, 0)));
        assertThat(c.mmPerN()).isCloseTo(0.0002, within(1e-15));
        assertThat(LoadDirection.PLUS_X.label()).isEqualTo("+X");
    }

    @Test
    void complianceRejectsMissingStepsAndBadLoads() {
        assertThatThrownBy(() -> StaticCompliance.of(LoadDirection.PLUS_Y, new double[0], List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("static compliance +Y needs at least 1 load step, got 0");
        assertThatThrownBy(() -> StaticCompliance.of(LoadDirection.PLUS_Y, new double[] {100, 200},
                List.of(Vector3.ZERO))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 loads and 1 displacements");
        assertThatThrownBy(() -> StaticCompliance.of(LoadDirection.PLUS_Y, new double[] {0}, List.of(Vector3.ZERO)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("load step 1");
    }
}
