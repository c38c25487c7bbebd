package org.testbench.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class UncertaintyTest {

    @Test
    void contributionsAddInQuadratureAndUIsTwiceTheCombinedStandardUncertainty() {
        // |c| u: 3 x 0.01 = 0.03 and |-2| x 0.02 = 0.04, so u_c = sqrt(0.03² + 0.04²) = 0.05 and U = 0.1.
        Uncertainty u = Uncertainty.of(List.of(
                new UncertaintyComponent("scatter", UncertaintyComponent.Type.A, "s/sqrt(n)", 0.01, "mm", 3),
                new UncertaintyComponent("gauge", UncertaintyComponent.Type.B, "certificate", 0.02, "mm", -2)));

        assertThat(u.standardUncertainty()).isCloseTo(0.05, within(1e-15));
        assertThat(u.coverageFactor()).isEqualTo(2);
        assertThat(u.expanded()).isCloseTo(0.1, within(1e-15));
        assertThat(u.budget()).extracting(UncertaintyComponent::contribution).containsExactly(0.03, 0.04);
    }

    @Test
    void aStatedUncertaintyIsUOverK() {
        StatedUncertainty tracker = new StatedUncertainty("tracker", 0.015, 2, "mm", "CAL-1");

        assertThat(tracker.standard()).isEqualTo(0.0075);
        assertThat(tracker.component(1).source()).isEqualTo("calibration certificate CAL-1: U = 0.015 mm (k = 2.0), u = U/k");
    }

    @Test
    void aBudgetNeedsALineAndFiniteFigures() {
        assertThatThrownBy(() -> Uncertainty.of(List.of())).hasMessageContaining("at least one budget component");
        assertThatThrownBy(() -> new UncertaintyComponent("x", UncertaintyComponent.Type.A, "s", -1, "mm", 1))
                .hasMessageContaining("finite and >= 0");
        assertThatThrownBy(() -> new StatedUncertainty("t", 0, 2, "mm", "c")).hasMessageContaining("finite and > 0");
    }
}
