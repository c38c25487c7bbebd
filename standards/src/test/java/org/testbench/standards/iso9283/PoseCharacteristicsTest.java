package org.testbench.standards.iso9283;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testbench.standards.Limit;
import org.testbench.standards.Result;
import org.testbench.standards.Verdict;
import org.testbench.standards.geometry.Vector3;

class PoseCharacteristicsTest {

    private final PoseAccuracy accuracy =
            new PoseAccuracy(30, new Vector3(1000.03, -0.04, 800), 0.05, 0.03, -0.04, 0, -0.02, 0.01, 0);
    private final PoseRepeatability repeatability =
            new PoseRepeatability(30, new Vector3(1000.03, -0.04, 800), 0.012, 0.0084, 0.0372, 0.03, 0.02, 0.01);

    @Test
    void resultsAreJudgedWhereALimitIsGiven() {
        Map<String, Limit> limits = Map.of(
                "APp", new Limit(0.1, "mm", "rated AP"),
                "RPl", new Limit(0.03, "mm", "rated RP"),
                "APa", new Limit(0.03, "deg", "rated APa"));
        List<Result> results = PoseCharacteristics.results("P1", accuracy, repeatability, limits);

        assertThat(results).extracting(Result::characteristic, Result::clause, Result::unit, Result::value, Result::verdict)
                .containsExactly(
                        tuple("APp", "7.2.1", "mm", 0.05, Verdict.PASS),
                        tuple("APx", "7.2.1", "mm", 0.03, Verdict.NOT_EVALUATED),
                        tuple("APy", "7.2.1", "mm", -0.04, Verdict.NOT_EVALUATED),
                        tuple("APz", "7.2.1", "mm", 0.0, Verdict.NOT_EVALUATED),
                        tuple("APa", "7.2.1", "deg", -0.02, Verdict.PASS),
                        tuple("APb", "7.2.1", "deg", 0.01, Verdict.NOT_EVALUATED),
                        tuple("APc", "7.2.1", "deg", 0.0, Verdict.NOT_EVALUATED),
                        tuple("RPl", "7.2.2", "mm", 0.0372, Verdict.FAIL),
                        tuple("RPa", "7.2.2", "deg", 0.03, Verdict.NOT_EVALUATED),
                        tuple("RPb", "7.2.2", "deg", 0.02, Verdict.NOT_EVALUATED),
                        tuple("RPc", "7.2.2", "deg", 0.01, Verdict.NOT_EVALUATED));
        assertThat(results).allSatisfy(r -> {
            assertThat(r.subject()).isEqualTo("P1");
            assertThat(r.standard()).isEqualTo(Iso9283.STANDARD);
        });
        assertThat(Verdict.overall(results.stream().map(Result::verdict).toList())).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aLimitForAnUnknownSymbolIsAnError() {
        Map<String, Limit> limits = Map.of("APP", new Limit(0.1, "mm", "typo"));
        assertThatThrownBy(() -> PoseCharacteristics.results("P2", accuracy, repeatability, limits))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'APP'").hasMessageContaining("P2");
    }

    @Test
    void aLimitInTheWrongUnitIsAnError() {
        Map<String, Limit> limits = Map.of("RPa", new Limit(0.1, "mm", "sim-6r.yaml"));
        assertThatThrownBy(() -> PoseCharacteristics.results("P3", accuracy, repeatability, limits))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RPa").hasMessageContaining("'mm'").hasMessageContaining("sim-6r.yaml");
    }

    @Test
    void constantsFollowTheStandard() {
        assertThat(Iso9283.POSE_CYCLE).containsExactly("P1", "P5", "P4", "P3", "P2");
        assertThat(Iso9283.CLAUSE_POSE_ACCURACY).isEqualTo("7.2.1");
        assertThat(Iso9283.CLAUSE_POSE_REPEATABILITY).isEqualTo("7.2.2");
        assertThat(PoseCharacteristics.unit("RPl")).isEqualTo("mm");
        assertThat(PoseCharacteristics.unit("APc")).isEqualTo("deg");
    }
}
