package org.testbench.run.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testbench.standards.DecisionRule;
import org.testbench.standards.Limit;
import org.testbench.standards.Result;
import org.testbench.standards.StatedUncertainty;
import org.testbench.standards.Verdict;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.iso9283.PoseRepeatability;
import org.testbench.standards.iso9283.PoseUncertainty;

/** results.json as runs write it conforms to the documented schema, and the schema rejects what it should. */
class ResultsSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static SchemaSubset schema() throws Exception {
        try (InputStream in = ResultsSchemaTest.class.getResourceAsStream("/schema/results.schema.json")) {
            return new SchemaSubset(JSON.readTree(in));
        }
    }

    /** A guard-banded RPl with its budget, an example limit with a minimum, and a result without a limit. */
    private static JsonNode written() throws Exception {
        List<Pose> attained = List.of(Pose.of(0.1, 0, 0, 180, 0, 180), Pose.of(0.2, 0, 0, 180, 0, 180),
                Pose.of(0.3, 0, 0, 180, 0, 180));
        DecisionRule rule = DecisionRule.guardBand(1);
        Result rp = Result.judged("ISO 9283", "7.2.2", "RPl", "P1", 0.24, "mm", Limit.atMost(0.3, "mm", "rated"))
                .withUncertainty(PoseUncertainty.repeatability(PoseRepeatability.of(attained),
                        new StatedUncertainty("tracker", 0.02, 2, "mm", "CAL-1")))
                .judgedBy(rule);
        Result efficiency = Result.judged("GB/T 35089", "5.6", "efficiency", "1000 rpm", 81, "%",
                Limit.between(80, 100, "%", "example table").asExample());
        Result rpa = Result.judged("ISO 9283", "7.2.2", "RPa", "P1", 0.01, "deg", null);
        List<Result> results = List.of(rp, efficiency, rpa);
        return JSON.readTree(ArchiveJson.text(new ResultsDocument("run-1", "iso9283-pose", "ISO 9283",
                Verdict.overall(results.stream().map(Result::verdict).toList()), results, rule)));
    }

    @Test
    void resultsWithUncertaintiesExampleLimitsAndARuleConform() throws Exception {
        JsonNode results = written();

        assertThat(results.at("/results/0/verdict").asText()).isEqualTo("INCONCLUSIVE");
        assertThat(schema().violations(results)).isEmpty();
    }

    @Test
    void anArchiveFromBeforeUncertaintiesConformsToo() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/archives/iso9283-pose-0.1/results.json")) {
            JsonNode old = JSON.readTree(in);
            assertThat(old.has("decisionRule")).isFalse();
            assertThat(schema().violations(old)).isEmpty();
        }
    }

    @Test
    void theSchemaNamesWhatIsWrongAndWhere() throws Exception {
        ObjectNode broken = (ObjectNode) written();
        ((ObjectNode) broken.at("/results/1")).put("verdict", "MAYBE");
        ((ObjectNode) broken.at("/results/0/uncertainty/budget/0")).remove("sensitivity");
        ((ObjectNode) broken.at("/results/2")).put("colour", "red");

        assertThat(schema().violations(broken)).containsExactlyInAnyOrder(
                "/results/1/verdict: \"MAYBE\" is not one of [\"PASS\",\"FAIL\",\"INCONCLUSIVE\",\"NOT_EVALUATED\"]",
                "/results/0/uncertainty/budget/0: lacks required 'sensitivity'",
                "/results/2: 'colour' is not a property the schema allows");
    }
}
