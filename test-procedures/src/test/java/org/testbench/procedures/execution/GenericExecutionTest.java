package org.testbench.procedures.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.Procedure;
import org.testbench.procedures.ProcedureFile;
import org.testbench.procedures.analysis.ProcedureAnalysis;
import org.testbench.procedures.analysis.Reading;
import org.testbench.procedures.binding.Binding;
import org.testbench.procedures.step.StepContext;
import org.testbench.rigs.Dut;
import org.testbench.rigs.DutFile;
import org.testbench.rigs.RigFile;
import org.testbench.rigs.Sample;
import org.testbench.rigs.SignalName;
import org.testbench.rigs.yaml.YamlDocument;
import org.testbench.standards.Result;
import org.testbench.standards.Verdict;

/** The generic-device steps run against {@link ReducerBenchModel}: what is written, recorded and told, in order. */
class GenericExecutionTest {

    private static final String PROCEDURE = GenericBenchFiles.PROCEDURE;
    private static final String DUT = "manufacturer: M\nmodel: HD-20\nserial: S-1\nrated: {mean-torque: 2 Nm}\n"
            + "properties: {rated-torque: 50 Nm, ratio: 100}\n";

    private final ReducerBenchModel bench = new ReducerBenchModel();
    private final List<Sample> samples = new ArrayList<>();
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private final RunListener listener = new RunListener() {
        @Override
        public void onSample(Sample sample) {
            samples.add(sample);
        }

        @Override
        public void onCheckpoint(Checkpoint checkpoint) {
            checkpoints.add(checkpoint);
        }
    };

    private Dut dut;
    private Parameters parameters;

    private ProcedureExecution.Outcome run(String text) throws Exception {
        Procedure p = ProcedureFile.parse(YamlDocument.parse(text, "g.yaml"));
        dut = DutFile.parse(YamlDocument.parse(DUT, "dut.yaml"), ProcedureAnalysis.ratable());
        parameters = Parameters.bind(p.parameters(), Map.of("hours", "2", "every", "1"), "-p");
        p.check(new Binding(parameters, RigFile.parse(YamlDocument.parse(GenericBenchFiles.RIG, "rig.yaml")),
                dut));
        StepContext context = StepContext.builder(parameters, listener).devices(bench.devices())
                .dutProperties(dut.properties()).build();
        return ProcedureExecution.execute(p, context);
    }

    @Test
    void setsRampsUntilTheInputTurnsMeasuresSweepsAndWaitsOnTheRigsClock() throws Exception {
        ProcedureExecution.Outcome outcome = run(PROCEDURE);
        assertThat(outcome.state()).as(outcome.message()).isEqualTo(RunState.COMPLETED);
        // The ramp stops at 2.5 Nm, the first point where the input turns ((2.5 - 2) x 100 = 50 rpm > 1 rpm);
        // the sweep sets 10 Nm and 0.5 x 50 Nm per block; teardown leaves the bench safe.
        assertThat(bench.writes).containsExactly("output.enable=1.0", "output.torque-command=0.0",
                "output.torque-command=0.0", "output.torque-command=0.5", "output.torque-command=1.0",
                "output.torque-command=1.5", "output.torque-command=2.0", "output.torque-command=2.5",
                "output.torque-command=10.0", "output.torque-command=25.0",
                "output.torque-command=10.0", "output.torque-command=25.0",
                "output.torque-command=0.0", "output.enable=0.0");

        List<Reading> loop = Reading.of(samples, "loop");
        assertThat(loop).extracting(Reading::number).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(loop.get(5).value(SignalName.parse("output.angle"))).isEqualTo(2.5 / 50);

        List<Reading> stiffness = Reading.of(samples, "stiffness");
        assertThat(stiffness).hasSize(2 * 2 * 3);
        assertThat(stiffness).extracting(r -> r.context().get("block") + "/" + r.context().get("load"))
                .containsExactly("1/10", "1/10", "1/10", "1/25", "1/25", "1/25", "2/10", "2/10", "2/10", "2/25",
                        "2/25", "2/25");
        assertThat(stiffness.get(4).value(SignalName.parse("output.torque"))).isEqualTo(25.0);
        // Three readings 1 s apart on the rig's clock, after 6 ramp points x 50 ms and a 1 h dwell.
        assertThat(stiffness.subList(0, 3)).extracting(r -> r.samples().values().iterator().next().time().toEpochMilli())
                .containsExactly(3_600_300L, 3_601_300L, 3_602_300L);
        assertThat(samples).hasSize((6 + 12) * 2);

        assertThat(checkpoints).extracting(Checkpoint::name).containsExactly("block-done", "block-done");
        assertThat(checkpoints).extracting(Checkpoint::context).containsExactly(Map.of("block", "1"), Map.of("block", "2"));
        // The housing reaches 40 degC after 2.5 h (45 - 2 K/h); wait-until reads it every 100 ms.
        assertThat(bench.time).isGreaterThan(9000).isLessThanOrEqualTo(9000.1 + 1e-6);
    }

    @Test
    void theRegisteredAnalysisComputesFromTheSeriesAndTheDutsRatedValue() throws Exception {
        run(PROCEDURE);
        Procedure p = ProcedureFile.parse(YamlDocument.parse(PROCEDURE, "g.yaml"));
        List<Result> results = ProcedureAnalysis.results(p, parameters, dut, samples);
        // mean of 0, 0.5, 1, 1.5, 2, 2.5 Nm = 1.25 Nm, times $dut.ratio / 100 = 1
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.characteristic()).isEqualTo("mean-torque");
            assertThat(r.subject()).isEqualTo("loop");
            assertThat(r.value()).isEqualTo(1.25);
            assertThat(r.unit()).isEqualTo("Nm");
            assertThat(r.limit().maximum()).isEqualTo(2.0);
            assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        });
        assertThat(ProcedureAnalysis.ratable()).containsKeys("APp", "RPl", "mean-torque");
    }

    @Test
    void aConditionThatDoesNotHoldInTimeIsARigFaultAndTeardownStillRuns() throws Exception {
        ProcedureExecution.Outcome outcome = run(PROCEDURE.replace("timeout: 2 h", "timeout: 10 min"));
        assertThat(outcome.state()).isEqualTo(RunState.RIG_FAULT);
        assertThat(outcome.message()).startsWith("g.yaml:25:5: 'housing.temperature < 40 degC' did not hold within"
                + " 600 s of test clock (last reading 40.6");
        assertThat(bench.writes).endsWith("output.torque-command=0.0", "output.enable=0.0");
    }
}
