package org.testbench.run.influx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.Procedure;
import org.testbench.procedures.ProcedureFile;
import org.testbench.procedures.analysis.ProcedureAnalysis;
import org.testbench.procedures.execution.RunState;
import org.testbench.rigs.DutFile;
import org.testbench.rigs.RigFile;
import org.testbench.rigs.Sample;
import org.testbench.rigs.sim.robot.SimulatedRobotConfig;
import org.testbench.rigs.sim.robot.SimulatedRobotServer;
import org.testbench.run.RunInputs;
import org.testbench.run.RunOptions;
import org.testbench.run.RunSummary;
import org.testbench.run.TestRun;
import org.testbench.run.archive.ArchivedRun;
import org.testbench.standards.Result;

/**
 * A run streamed to a real influxd (started by scripts/run-tests): exactly the samples and
 * results in the archive arrive, value for value, no more and no fewer.
 */
class InfluxRunIT {

    @TempDir
    Path runs;

    @Test
    void exactlyTheArchivedSamplesAndResultsArrive() throws Exception {
        String url = System.getenv("TESTBENCH_INFLUX_URL");
        if (url == null || url.isBlank()) {
            fail("TESTBENCH_INFLUX_URL is not set: run scripts/run-tests, which installs and starts influxd");
        }
        String database = "run_it_" + UUID.randomUUID().toString().replace("-", "");
        InfluxV1Client client = new InfluxV1Client(URI.create(url), database, Duration.ofSeconds(10));
        RunSummary summary;
        try (SimulatedRobotServer server = SimulatedRobotServer.start(SimulatedRobotConfig.builder().port(0)
                .sigmaMm(0.01).seed(11).timeScale(200).build())) {
            Procedure procedure = ProcedureFile.load("iso9283-pose");
            RunInputs inputs = new RunInputs(procedure,
                    Parameters.bind(procedure.parameters(), Map.of("cycles", "4"), "-p"),
                    RigFile.load("sim-robot").withEndpoint("opc.tcp://127.0.0.1:4840/testbench", server.endpointUrl()),
                    DutFile.load("sim-6r-10", ProcedureAnalysis.ratable()));
            summary = TestRun.execute(inputs, RunOptions.builder().runsDir(runs)
                    .influx(InfluxTarget.v1(URI.create(url), database)).build());
        }
        try {
            assertThat(summary.state()).isEqualTo(RunState.COMPLETED);
            List<Sample> archived = ArchivedRun.load(summary.dir()).samples();
            assertThat(archived).hasSize(4 * 5 * 6);
            String run = "'" + summary.runId() + "'";

            List<Map<String, Object>> points = client.query("SELECT \"value\", \"signal\", \"pose\", \"cycle\" FROM"
                    + " \"tracker\" WHERE \"run\" = " + run);
            assertThat(points).hasSize(archived.size());
            List<String> fromInflux = new ArrayList<>();
            for (Map<String, Object> p : points) {
                fromInflux.add(p.get("time") + " " + p.get("signal") + " " + p.get("pose") + " " + p.get("cycle") + " "
                        + ((Number) p.get("value")).doubleValue());
            }
            List<String> fromArchive = new ArrayList<>();
            for (Sample s : archived) {
                long nanos = s.time().getEpochSecond() * 1_000_000_000L + s.time().getNano();
                fromArchive.add(nanos + " " + s.signal() + " " + s.context().get("pose") + " " + s.context().get("cycle")
                        + " " + s.value());
            }
            assertThat(fromInflux).containsExactlyInAnyOrderElementsOf(fromArchive);

            List<Map<String, Object>> results = client.query("SELECT \"value\", \"characteristic\", \"subject\", \"verdict\""
                    + " FROM \"result\" WHERE \"run\" = " + run);
            assertThat(results).hasSize(summary.results().size()).hasSize(5 * 11);
            List<String> resultsFromInflux = results.stream().map(r -> r.get("subject") + " " + r.get("characteristic")
                    + " " + ((Number) r.get("value")).doubleValue() + " " + r.get("verdict")).toList();
            List<String> resultsOfRun = new ArrayList<>();
            for (Result r : summary.results()) {
                resultsOfRun.add(r.subject() + " " + r.characteristic() + " " + r.value() + " " + r.verdict());
            }
            assertThat(resultsFromInflux).containsExactlyInAnyOrderElementsOf(resultsOfRun);
        } finally {
            client.dropDatabase();
        }
    }
}
