package org.testbench.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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

    /** U = 0.01 mm: u = 0.005 mm from one type B line with c = 1. */
    private static Uncertainty u(double expanded) {
        return Uncertainty.of(List.of(new UncertaintyComponent("gauge", UncertaintyComponent.Type.B, "certificate",
                expanded / 2, "mm", 1)));
    }

    @Test
    void aGuardBandOfOneUMakesAResultInconclusiveExactlyWhenValuePlusMinusUStraddlesTheLimit() {
        DecisionRule rule = DecisionRule.guardBand(1);
        Limit rp = Limit.atMost(0.05, "mm", "rated");

        // 0.039 + 0.01 = 0.049 <= 0.05: the whole interval is inside.
        assertThat(rule.judge(rp, 0.039, u(0.01))).isEqualTo(Verdict.PASS);
        // 0.045 ± 0.01 = [0.035, 0.055] straddles 0.05.
        assertThat(rule.judge(rp, 0.045, u(0.01))).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(rule.judge(rp, 0.058, u(0.01))).isEqualTo(Verdict.INCONCLUSIVE);
        // 0.061 - 0.01 = 0.051 > 0.05: the whole interval is outside.
        assertThat(rule.judge(rp, 0.061, u(0.01))).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aGuardBandWorksOnLowerBoundsAndOnMagnitudes() {
        DecisionRule rule = DecisionRule.guardBand(0.5);
        Limit efficiency = Limit.atLeast(80, "%", "rated");

        // w = 0.5 x 2 = 1 %: pass from 81 %, fail below 79 %.
        assertThat(rule.judge(efficiency, 81.5, u(2))).isEqualTo(Verdict.PASS);
        assertThat(rule.judge(efficiency, 80.5, u(2))).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(rule.judge(efficiency, 78.5, u(2))).isEqualTo(Verdict.FAIL);
        // Limits bound the magnitude: APa = -0.045 deg against 0.05 deg with U = 0.01 deg straddles it.
        assertThat(DecisionRule.guardBand(1).judge(Limit.atMost(0.05, "deg", "rated"), -0.045, u(0.01)))
                .isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void simpleAcceptanceAndAResultWithoutUncertaintyCompareTheValueAsItIs() {
        Limit rp = Limit.atMost(0.05, "mm", "rated");

        assertThat(DecisionRule.simpleAcceptance().judge(rp, 0.049, u(0.01))).isEqualTo(Verdict.PASS);
        assertThat(DecisionRule.simpleAcceptance().judge(rp, 0.051, u(0.01))).isEqualTo(Verdict.FAIL);
        assertThat(DecisionRule.guardBand(1).judge(rp, 0.049, null)).isEqualTo(Verdict.PASS);
    }

    @Test
    void aResultIsRejudgedUnderTheRuleAndKeepsItsUncertainty() {
        Result rp = Result.judged("ISO 9283", "7.2.2", "RPl", "P1", 0.045, "mm", Limit.atMost(0.05, "mm", "rated"))
                .withUncertainty(u(0.01));

        Result judged = rp.judgedBy(DecisionRule.guardBand(1));

        assertThat(rp.verdict()).isEqualTo(Verdict.PASS);
        assertThat(judged.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(judged.uncertainty().expanded()).isEqualTo(0.01);
        Result unlimited = new Result("ISO 9283", "7.2.2", "RPa", "P1", 0.01, "deg", null, Verdict.NOT_EVALUATED);
        assertThat(unlimited.judgedBy(DecisionRule.guardBand(1))).isEqualTo(unlimited);
    }
}
