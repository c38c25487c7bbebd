package org.testbench.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTest {

    private static final Limit RP_LIMIT = new Limit(0.05, "mm", "rated RP ±0.05 mm");

    @Test
    void limitJudgesTheMagnitude() {
        assertThat(RP_LIMIT.judge(0.036)).isEqualTo(Verdict.PASS);
        assertThat(RP_LIMIT.judge(-0.05)).isEqualTo(Verdict.PASS);
        assertThat(RP_LIMIT.judge(0.0501)).isEqualTo(Verdict.FAIL);
        assertThat(RP_LIMIT.judge(-0.06)).isEqualTo(Verdict.FAIL);
    }

    @Test
    void limitRejectsANegativeMaximum() {
        assertThatThrownBy(() -> new Limit(-0.1, "mm", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-0.1");
    }

    @Test
    void aMinimumJudgesFromBelowAndBothBoundsMakeABand() {
        Limit efficiency = Limit.atLeast(80, "%", "rated");
        assertThat(efficiency.judge(80)).isEqualTo(Verdict.PASS);
        assertThat(efficiency.judge(79.99)).isEqualTo(Verdict.FAIL);
        assertThat(efficiency.maximum()).isNull();
        Limit band = Limit.between(0.5, 1.0, "arcmin", "lab");
        assertThat(band.judge(0.4)).isEqualTo(Verdict.FAIL);
        assertThat(band.judge(-0.7)).isEqualTo(Verdict.PASS);
        assertThat(band.judge(1.01)).isEqualTo(Verdict.FAIL);
        assertThat(Limit.atMost(1, "arcmin", "lab").judge(Double.NaN)).isEqualTo(Verdict.FAIL);
    }

    @Test
    void theOldConstructorMakesAPublishedMaximumAndExamplesAreMarked() {
        assertThat(RP_LIMIT).isEqualTo(Limit.atMost(0.05, "mm", "rated RP ±0.05 mm"));
        assertThat(RP_LIMIT.example()).isFalse();
        Limit example = RP_LIMIT.asExample();
        assertThat(example.example()).isTrue();
        assertThat(example.maximum()).isEqualTo(0.05);
    }

    @Test
    void limitNeedsABoundInOrder() {
        assertThatThrownBy(() -> new Limit(null, null, "mm", "x", false)).hasMessageContaining("needs a minimum, a maximum or both");
        assertThatThrownBy(() -> Limit.between(2, 1, "mm", "x")).hasMessageContaining("minimum 2.0 exceeds its maximum 1.0");
        assertThatThrownBy(() -> Limit.atLeast(Double.POSITIVE_INFINITY, "%", "x")).hasMessageContaining("finite");
    }

    @Test
    void overallVerdictFailsOnAnyFailThenInconclusive() {
        assertThat(Verdict.overall(List.of(Verdict.PASS, Verdict.NOT_EVALUATED, Verdict.FAIL, Verdict.INCONCLUSIVE)))
                .isEqualTo(Verdict.FAIL);
        assertThat(Verdict.overall(List.of(Verdict.PASS, Verdict.INCONCLUSIVE))).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(Verdict.overall(List.of(Verdict.PASS, Verdict.NOT_EVALUATED))).isEqualTo(Verdict.PASS);
        assertThat(Verdict.overall(List.of(Verdict.NOT_EVALUATED))).isEqualTo(Verdict.NOT_EVALUATED);
        assertThat(Verdict.overall(List.of())).isEqualTo(Verdict.NOT_EVALUATED);
    }

    @Test
    void judgedResultCarriesTheVerdictOfItsLimit() {
        Result fail = Result.judged("ISO 9283", "7.2.2", "RPl", "P1", 0.07, "mm", RP_LIMIT);
        assertThat(fail.verdict()).isEqualTo(Verdict.FAIL);
        Result unjudged = Result.judged("ISO 9283", "7.2.2", "RPl", "P1", 0.07, "mm", null);
        assertThat(unjudged.verdict()).isEqualTo(Verdict.NOT_EVALUATED);
    }

    @Test
    void resultRejectsAVerdictWithoutLimit() {
        assertThatThrownBy(() -> new Result("ISO 9283", "7.2.2", "RPl", "P1", 0.01, "mm", null, Verdict.PASS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RPl").hasMessageContaining("no limit");
    }
}
