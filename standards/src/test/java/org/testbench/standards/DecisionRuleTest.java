package org.testbench.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DecisionRuleTest {

    @Test
    void statesItselfAsAReportWouldStateIt() {
        assertThat(DecisionRule.simpleAcceptance()).hasToString("simple-acceptance");
        assertThat(DecisionRule.guardBand(1.0)).hasToString("guard-band, w = 1 x U (k = 2)");
        assertThat(DecisionRule.guardBand(0.5).factor()).isEqualTo(0.5);
    }

    @Test
    void aFactorFitsOnlyAGuardBandAndMustBePositive() {
        assertThatThrownBy(() -> new DecisionRule(DecisionRule.Kind.SIMPLE_ACCEPTANCE, 1))
                .hasMessage("simple acceptance has no guard-band factor");
        assertThatThrownBy(() -> DecisionRule.guardBand(0))
                .hasMessage("a guard-band factor must be a positive number, was 0.0");
        assertThatThrownBy(() -> DecisionRule.guardBand(Double.NaN))
                .hasMessage("a guard-band factor must be a positive number, was NaN");
    }
}
