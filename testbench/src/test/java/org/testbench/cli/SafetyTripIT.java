package org.testbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.rigs.sim.robot.SimulatedRobotConfig;
import org.testbench.rigs.sim.robot.SimulatedRobotServer;

/**
 * {@code testbench run} against the simulated robot over OPC UA with a rig file whose limits the
 * procedure violates: the run trips, teardown stops the robot, and the archive says why.
 */
class SafetyTripIT {

    @TempDir
    Path dir;

    private SimulatedRobotServer server;
    private final CliRun cli = new CliRun();

    @BeforeEach
    void startTheSimulator() throws Exception {
        // Slow enough that a move takes several of the supervisor's 10 ms sampling periods.
        server = SimulatedRobotServer.start(SimulatedRobotConfig.builder().port(0).sigmaMm(0.01).seed(4)
                .timeScale(5).build());
    }

    @AfterEach
    void stopTheSimulator() {
        server.close();
    }

    /** The bundled rig file aimed at the simulator, with one signal's line replaced. */
    private Path rig(String from, String to) throws Exception {
        String text = new String(getClass().getClassLoader().getResourceAsStream("rigs/sim-robot.yaml").readAllBytes(),
                StandardCharsets.UTF_8).replace("opc.tcp://127.0.0.1:4840/testbench", server.endpointUrl());
        assertThat(text).contains(from);
        Path rig = dir.resolve("tripping-rig.yaml");
        Files.writeString(rig, text.replace(from, to));
        return rig;
    }

    @Test
    void aTrackerLeavingItsEnvelopeTripsTheRunAndTeardownStopsTheRobot() throws Exception {
        // The test cube spans x = 800..1200 mm around P1 = (1000, 0, 800); the tracker may see 700..1100 mm only.
        Path rig = rig("x: {address: \"ns=2;s=Tracker/X\", unit: mm}",
                "x: {address: \"ns=2;s=Tracker/X\", unit: mm, limits: {min: 700, max: 1100}, rate: 100 Hz}");
        Path runs = dir.resolve("runs");
        Instant before = Instant.now();

        int code = cli.run("run", "iso9283-pose", "--rig", rig.toString(), "--dut", "sim-6r-10", "-p", "cycles=3",
                "--runs-dir", runs.toString(), "--json");

        assertThat(code).as(cli.err()).isEqualTo(ExitCode.SAFETY_TRIP);
        assertThat(server.stopped()).as("teardown's stop-robot reached the controller").isTrue();
        JsonNode summary = new ObjectMapper().readTree(cli.out());
        assertThat(summary.get("state").asText()).isEqualTo("SAFETY_TRIP");
        assertThat(summary.get("results")).isEmpty();
        assertThat(summary.get("message").asText()).startsWith("safety trip: tracker.x = ")
                .contains(" mm, above the maximum 1100 mm (limits), sampled ");

        Path archive = Path.of(summary.get("archive").asText());
        JsonNode record = new ObjectMapper().readTree(archive.resolve("run.json").toFile());
        assertThat(record.get("state").asText()).isEqualTo("SAFETY_TRIP");
        JsonNode interruption = record.get("interruption");
        assertThat(interruption.get("state").asText()).isEqualTo("SAFETY_TRIP");
        assertThat(Instant.parse(interruption.get("time").asText())).isAfter(before);
        JsonNode trip = interruption.get("trip");
        assertThat(trip.get("device").asText()).isEqualTo("tracker");
        assertThat(trip.get("signal").asText()).isEqualTo("x");
        assertThat(trip.get("address").asText()).isEqualTo("ns=2;s=Tracker/X");
        assertThat(trip.get("value").asDouble()).isGreaterThan(1100).isLessThan(1200.1);
        assertThat(trip.get("unit").asText()).isEqualTo("mm");
        assertThat(trip.get("minimum").asDouble()).isEqualTo(700);
        assertThat(trip.get("maximum").asDouble()).isEqualTo(1100);
        assertThat(trip.get("limit").asText()).isEqualTo("limits");
        // detected is wall time; sampled is the simulator's source time, which runs ahead at its time scale
        assertThat(Instant.parse(trip.get("detected").asText())).isAfter(before);

        // P1 lies inside the envelope: its measurement, taken before the trip, is archived.
        List<String> samples = Files.readAllLines(archive.resolve("samples.csv"));
        assertThat(samples.size() - 1).isEqualTo(record.get("samples").asInt()).isGreaterThanOrEqualTo(6);
        assertThat((samples.size() - 1) % 6).isZero();
        assertThat(samples.get(1)).contains(",tracker,x,").endsWith("cycle=1;pose=P1;target=P1");
        assertThat(archive.resolve("manifest.sha256")).exists();
    }

    @Test
    void aSpeedOverrideAboveItsLimitTripsBeforeTheRobotMoves() throws Exception {
        Path rig = rig("limits: {max: 100}, rate: 10 Hz", "limits: {max: 50}, rate: 10 Hz");
        long moves = server.movesCompleted();

        int code = cli.run("run", "iso9283-pose", "--rig", rig.toString(), "--dut", "sim-6r-10", "-p", "cycles=3",
                "-p", "velocity=40", "--runs-dir", dir.resolve("runs").toString(), "--json");

        // The simulator starts at 100 %: the limit is violated before set-speed could lower it.
        assertThat(code).as(cli.err()).isEqualTo(ExitCode.SAFETY_TRIP);
        assertThat(server.movesCompleted()).isEqualTo(moves);
        assertThat(server.stopped()).isTrue();
        JsonNode summary = new ObjectMapper().readTree(cli.out());
        assertThat(summary.get("message").asText())
                .startsWith("safety trip: robot.speed-override = 100 %, above the maximum 50 % (limits), sampled ");
        JsonNode record = new ObjectMapper().readTree(Path.of(summary.get("archive").asText()).resolve("run.json")
                .toFile());
        assertThat(record.get("interruption").get("trip").get("value").asDouble()).isEqualTo(100.0);
        assertThat(record.get("samples").asInt()).isZero();
    }
}
