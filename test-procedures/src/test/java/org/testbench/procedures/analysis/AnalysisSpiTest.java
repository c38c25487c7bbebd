package org.testbench.procedures.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.Procedure;
import org.testbench.procedures.ProcedureFile;
import org.testbench.rigs.Dut;
import org.testbench.rigs.Sample;
import org.testbench.rigs.SignalName;
import org.testbench.rigs.yaml.YamlDocument;
import org.testbench.standards.Result;

/** Analyses found through ServiceLoader, their arguments, readings of a series, and the order of results. */
class AnalysisSpiTest {

    private static Sample sample(String series, long reading, String signal, double value, boolean good) {
        return new Sample(Instant.ofEpochSecond(reading), "output", signal, value, "Nm", good,
                Map.of("series", series, "reading", String.valueOf(reading), "speed", "1000"));
    }

    @Test
    void readingsGroupASeriesSamplesByReadingNumber() {
        List<Sample> samples = List.of(sample("loop", 1, "torque", 1, true), sample("loop", 1, "angle", 0.1, true),
                sample("other", 1, "torque", 9, true), sample("loop", 2, "torque", 2, true),
                sample("loop", 2, "angle", 0.2, false));
        List<Reading> loop = Reading.of(samples, "loop");
        assertThat(loop).extracting(Reading::number).containsExactly(1L, 2L);
        assertThat(loop.get(0).context()).containsExactly(Map.entry("speed", "1000"));
        assertThat(loop.get(1).value(SignalName.parse("output.torque"))).isEqualTo(2.0);
        assertThatThrownBy(() -> loop.get(1).value(SignalName.parse("output.angle")))
                .hasMessage("reading 2 has a bad output.angle");
        assertThatThrownBy(() -> loop.get(0).value(SignalName.parse("output.speed")))
                .hasMessage("reading 1 has no output.speed (it has [output.torque, output.angle])");
        List<Sample> twice = new ArrayList<>(samples);
        twice.add(sample("loop", 1, "torque", 1, true));
        assertThatThrownBy(() -> Reading.of(twice, "loop"))
                .hasMessage("reading 1 of series loop holds output.torque twice");
    }

    @Test
    void resultsAreListedSubjectBySubjectInTheOrderOfTheAnalysisList() throws Exception {
        Procedure p = ProcedureFile.parse(YamlDocument.parse(String.join("\n",
                "procedure: p", "title: t", "standard: s", "clauses: ['1']",
                "parameters: {gain: {type: number, default: 3}}",
                "main: [{dwell: {seconds: 0}}]",
                "analysis:",
                "  - series-mean: {series: up, signal: output.torque}",
                "  - series-mean: {series: down, signal: output.torque}",
                "  - series-mean: {series: up, signal: output.torque, scale: $gain}", ""), "p.yaml"));
        List<Sample> samples = List.of(sample("up", 1, "torque", 1, true), sample("up", 2, "torque", 3, true),
                sample("down", 1, "torque", -4, true));
        Dut dut = new Dut("M", "R", "S", "", "dut.yaml", "", "", Map.of());
        List<Result> results = ProcedureAnalysis.results(p, Parameters.bind(p.parameters(), Map.of(), "-p"), dut,
                samples);
        // mean(up) = 2 Nm, 3 x 2 = 6 Nm; mean(down) = -4 Nm
        assertThat(results).extracting(r -> r.subject() + "=" + r.value()).containsExactly("up=2.0", "up=6.0",
                "down=-4.0");
        assertThat(AnalysisTypes.installed().names()).containsExactly("back-driving-torque", "corner-deviation", "distance-accuracy",
                "efficiency", "hysteresis", "lifetime-trend", "multi-directional-pose-accuracy", "no-load-running-torque",
                "path-accuracy", "path-velocity", "pose-accuracy", "pose-drift",
                "pose-repeatability", "pose-stabilization", "series-mean", "starting-torque",
                "static-compliance", "temperature-rise", "transmission-error");
    }
}
