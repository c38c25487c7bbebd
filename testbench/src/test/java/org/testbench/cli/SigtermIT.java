package org.testbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.rigs.sim.robot.SimulatedRobotConfig;
import org.testbench.rigs.sim.robot.SimulatedRobotServer;

/**
 * SIGTERM to {@code testbench run}, started as its own process from the packaged jar
 * ({@code target/testbench.jar} with {@code target/lib}, as a user runs it), against the simulated
 * robot: teardown stops the robot, the run ends INTERRUPTED with exit code 130, and run.json says
 * which signal stopped it and when.
 */
class SigtermIT {

    private static final long MOVES_BEFORE_SIGTERM = 6;

    @TempDir
    Path dir;

    @Test
    void sigtermRunsTeardownAndRecordsTheInterruption() throws Exception {
        Path jar = Path.of("target", "testbench.jar").toAbsolutePath();
        assertThat(jar).as("the jar packaged before the integration tests").exists();
        // Slow enough that 30 cycles take minutes: the signal always arrives mid-run.
        try (SimulatedRobotServer server = SimulatedRobotServer.start(SimulatedRobotConfig.builder().port(0)
                .sigmaMm(0.01).seed(9).timeScale(2).build())) {
            Path rig = dir.resolve("sim-robot.yaml");
            Files.writeString(rig, new String(getClass().getClassLoader().getResourceAsStream("rigs/sim-robot.yaml")
                    .readAllBytes(), StandardCharsets.UTF_8).replace("opc.tcp://127.0.0.1:4840/testbench",
                    server.endpointUrl()));
            Path runs = dir.resolve("runs");
            Path out = dir.resolve("stdout.json");
            Path err = dir.resolve("stderr.txt");
            // C1 only and the serial collector: a cold JVM reaches its first connect sooner on a busy machine.
            Process bench = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString(), "run", "iso9283-pose", "--rig", rig.toString(), "--dut", "sim-6r-10",
                    "--runs-dir", runs.toString(), "--json")
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try {
                while (server.movesCompleted() < MOVES_BEFORE_SIGTERM) {
                    assertThat(bench.isAlive()).as(() -> read(err)).isTrue();
                    Thread.sleep(50);
                }
                Instant signalled = Instant.now();
                bench.destroy();
                assertThat(bench.waitFor(60, TimeUnit.SECONDS)).as(() -> read(err)).isTrue();

                assertThat(bench.exitValue()).as(() -> read(err)).isEqualTo(ExitCode.INTERRUPTED);
                assertThat(server.stopped()).as("teardown's stop-robot reached the controller").isTrue();
                assertThat(read(err)).contains("stopping the run (SIGTERM received), running teardown...");
                JsonNode summary = new ObjectMapper().readTree(out.toFile());
                assertThat(summary.get("state").asText()).isEqualTo("INTERRUPTED");

                Path archive;
                try (Stream<Path> list = Files.list(runs)) {
                    archive = list.findFirst().orElseThrow();
                }
                JsonNode record = new ObjectMapper().readTree(archive.resolve("run.json").toFile());
                assertThat(record.get("state").asText()).isEqualTo("INTERRUPTED");
                assertThat(record.get("message").asText()).startsWith("SIGTERM received");
                JsonNode interruption = record.get("interruption");
                assertThat(interruption.get("state").asText()).isEqualTo("INTERRUPTED");
                assertThat(interruption.get("cause").asText()).isEqualTo("SIGTERM received");
                assertThat(Instant.parse(interruption.get("time").asText())).isAfterOrEqualTo(signalled)
                        .isBeforeOrEqualTo(Instant.parse(record.get("ended").asText()));
                assertThat(interruption.get("trip").isNull()).isTrue();

                // Every pose measured before the signal is kept: at least the moves seen, six signals each.
                List<String> samples = Files.readAllLines(archive.resolve("samples.csv"));
                assertThat(samples.size() - 1).isEqualTo(record.get("samples").asInt())
                        .isGreaterThanOrEqualTo((int) (MOVES_BEFORE_SIGTERM - 1) * 6).isLessThan(150 * 6);
                assertThat((samples.size() - 1) % 6).isZero();
                assertThat(archive.resolve("manifest.sha256")).exists();
            } finally {
                bench.destroyForcibly();
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
