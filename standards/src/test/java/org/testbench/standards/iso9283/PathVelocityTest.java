package org.testbench.standards.iso9283;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathVelocityTest {

    /** Three runs at v_c = 100 mm/s. */
    private static final List<double[]> RUNS = List.of(
            new double[] {99, 101, 100}, new double[] {102, 98, 103}, new double[] {101, 102, 103});

    @Test
    void velocityCharacteristicsByHand() {
        // Run means 100, 101, 102 -> v̄ = 101, AV = (101 - 100) / 100 x 100 = 1 %.
        // S_v = sqrt((1 + 0 + 1) / 2) = 1 -> RV = 3 x 1 / 100 x 100 = 3 %.
        // Ranges 2, 5, 2 -> FV = 5 mm/s.
        PathVelocity v = PathVelocity.of(100, RUNS);
        assertThat(v.runs()).isEqualTo(3);
        assertThat(v.meanVelocity()).isCloseTo(101, within(1e-12));
        assertThat(v.avPercent()).isCloseTo(1, within(1e-12));
        assertThat(v.rvPercent()).isCloseTo(3, within(1e-12));
        assertThat(v.fvMmPerS()).isCloseTo(5, within(1e-12));
        assertThat(v.value("FV")).isEqualTo(v.fvMmPerS());
    }

    @Test
    void tooFewRunsAnEmptyRunOrNoCommandedVelocityIsAnError() {
        assertThatThrownBy(() -> PathVelocity.of(100, RUNS.subList(0, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2 runs").hasMessageContaining("got 1");
        assertThatThrownBy(() -> PathVelocity.of(100, List.of(RUNS.get(0), new double[0])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("run 2 of 2");
        assertThatThrownBy(() -> PathVelocity.of(0, RUNS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commanded path velocity");
    }
}
