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
