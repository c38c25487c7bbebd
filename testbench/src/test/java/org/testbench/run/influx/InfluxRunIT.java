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
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.Procedure;
import org.testbench.procedures.ProcedureFile;
import org.testbench.procedures.analysis.ProcedureAnalysis;
import org.testbench.procedures.execution.RunListener;
import org.testbench.procedures.execution.RunState;
import org.testbench.procedures.execution.StepStart;
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
 * A run streamed to a real influxd (the one scripts/run-tests starts, or a private one the test
 * stops and starts mid-run): exactly the samples and results in the archive arrive, value for
 * value, no more and no fewer, outage or not.
 */
class InfluxRunIT {

    @TempDir
    Path runs;

    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicBoolean restarted = new AtomicBoolean();

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

    @Test
    void aRunAcrossAnInfluxDbOutageArrivesExactlyOnceWhenTheServerIsBack() throws Exception {
        try (InfluxdProcess influxd = InfluxdProcess.prepare(runs.resolve("influxd"))) {
            influxd.start();
            // The server goes away at the start of cycle 2 and comes back at the start of cycle 4.
            RunListener outage = new RunListener() {
                @Override
                public void onStepStart(StepStart step) {
                    try {
                        if (step.done() == 0 || !"main".equals(step.group())) {
                            return;
                        }
                        String cycle = step.context().get("cycle");
                        if ("2".equals(cycle) && stopped.compareAndSet(false, true)) {
                            influxd.stop();
                        } else if ("4".equals(cycle) && restarted.compareAndSet(false, true)) {
                            influxd.start();
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException("cannot stop or start influxd", e);
                    }
                }
            };
            RunSummary summary;
            try (SimulatedRobotServer server = SimulatedRobotServer.start(SimulatedRobotConfig.builder().port(0)
                    .sigmaMm(0.01).seed(12).timeScale(100).build())) {
                Procedure procedure = ProcedureFile.load("iso9283-pose");
                RunInputs inputs = new RunInputs(procedure,
                        Parameters.bind(procedure.parameters(), Map.of("cycles", "5"), "-p"),
                        RigFile.load("sim-robot").withEndpoint("opc.tcp://127.0.0.1:4840/testbench", server.endpointUrl()),
                        DutFile.load("sim-6r-10", ProcedureAnalysis.ratable()));
                summary = TestRun.execute(inputs, RunOptions.builder().runsDir(runs.resolve("runs"))
                        .influx(InfluxTarget.v1(influxd.url(), "outage"))
                        .influxSettings(StreamSettings.builder().batchSize(6).linger(Duration.ofMillis(20))
                                .retry(Duration.ofMillis(50), Duration.ofMillis(200)).giveUp(Duration.ofSeconds(60))
                                .build())
                        .listener(outage).build());
            }
            assertThat(stopped).isTrue();
            assertThat(restarted).isTrue();
            assertThat(summary.state()).isEqualTo(RunState.COMPLETED);
            assertThat(summary.storeFailures()).isEmpty();
            List<Sample> archived = ArchivedRun.load(summary.dir()).samples();
            assertThat(archived).hasSize(5 * 5 * 6);
            InfluxRecord influx = summary.influx();
            assertThat(influx.lastFailure()).as("the outage was seen").contains("ConnectException");
            assertThat(influx.written()).isEqualTo(archived.size() + 55L).isEqualTo(influx.points());
            assertThat(influx.spooled()).isZero();

            InfluxV1Client client = new InfluxV1Client(influxd.url(), "outage", Duration.ofSeconds(30));
            assertThat(client.query("SELECT count(value), count(distinct(seq)), max(seq) FROM tracker"))
                    .containsExactly(Map.of("time", 0L, "count", (long) archived.size(), "count_1", (long) archived.size(),
                            "max", archived.size() - 1L));
            assertThat(InfluxSamples.read(InfluxTarget.v1(influxd.url(), "outage"), summary.runId(), Duration.ofSeconds(30)))
                    .isEqualTo(archived);
            assertThat(client.query("SELECT count(verdict) FROM result")).containsExactly(Map.of("time", 0L, "count", 55L));
        }
    }
}
