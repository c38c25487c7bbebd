package org.testbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.testbench.rigs.sim.robot.SimulatedRobotConfig;
import org.testbench.rigs.sim.robot.SimulatedRobotServer;
import org.testbench.run.influx.InfluxV1Client;
import org.testbench.run.influx.InfluxdProcess;
import org.testbench.run.influx.QuestDbServer;

/**
 * {@code testbench run --influx ...}, {@code influx flush} and {@code report --from influx} as a
 * user types them, against the simulated robot and real servers: the influxd of scripts/run-tests,
 * a private influxd that is down while the run goes on, and QuestDB for the 2.x/3.x write API.
 */
class InfluxRunCommandIT {

    /** 5 poses x 3 cycles x 6 tracker signals. */
    private static final int SAMPLES = 90;
    /** 5 poses x 11 characteristics. */
    private static final int RESULTS = 55;

    @TempDir
    static Path dir;

    private static SimulatedRobotServer robot;
    private static Path rig;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void startTheSimulator() throws Exception {
        robot = SimulatedRobotServer.start(SimulatedRobotConfig.builder().port(0).sigmaMm(0.01).seed(5).timeScale(200)
                .build());
        String bundled = new String(InfluxRunCommandIT.class.getClassLoader().getResourceAsStream("rigs/sim-robot.yaml")
                .readAllBytes(), StandardCharsets.UTF_8);
        rig = dir.resolve("sim-robot.yaml");
        Files.writeString(rig, bundled.replace("opc.tcp://127.0.0.1:4840/testbench", robot.endpointUrl()));
    }

    @AfterAll
    static void stopTheSimulator() {
        robot.close();
    }

    @Test
    void aReportBuiltFromInfluxDbHasByteIdenticalResults() throws Exception {
        String url = System.getenv("TESTBENCH_INFLUX_URL");
        if (url == null || url.isBlank()) {
            fail("TESTBENCH_INFLUX_URL is not set: run scripts/run-tests, which installs and starts influxd");
        }
        String database = "cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        InfluxV1Client client = new InfluxV1Client(URI.create(url), database, Duration.ofSeconds(30));
        try {
            JsonNode summary = run(dir.resolve("runs-report"), "--influx", url, "--influx-db", database);
            JsonNode influx = summary.get("influx");
            assertThat(influx.get("points").asLong()).isEqualTo(SAMPLES + RESULTS);
            assertThat(influx.get("written").asLong()).isEqualTo(SAMPLES + RESULTS);
            assertThat(influx.get("spooled").asLong()).isZero();
            Path archive = Path.of(summary.get("archive").asText());
            String results = Files.readString(archive.resolve("results.json"));

            cli.clearOut();
            assertThat(cli.run("report", archive.toString(), "--from", "influx")).as(cli.err()).isZero();
            assertThat(cli.out()).contains("results recomputed from InfluxDB 1.x " + url + " database '" + database
                    + "': identical to results.json (55 results");
            assertThat(Files.readString(archive.resolve("results.json"))).isEqualTo(results);

            // One sample changed in InfluxDB changes the recomputed results: nothing is overwritten.
            Map<String, Object> first = client.query("SELECT * FROM tracker WHERE seq = 0").get(0);
            client.writeLines(List.of("tracker,cycle=1,dut=" + first.get("dut") + ",pose=P1,rig=sim-robot,run="
                    + summary.get("runId").asText() + ",signal=x,target=P1,unit=mm good=true,seq=0i,value=1234.5 "
                    + first.get("time")));
            cli.clearOut();
            assertThat(cli.run("report", archive.toString(), "--from", "influx")).isEqualTo(ExitCode.RIG_OR_STORE_FAULT);
            assertThat(cli.err()).contains("differ from the results.json of " + archive);
            assertThat(Files.readString(archive.resolve("results.json"))).isEqualTo(results);
        } finally {
            client.dropDatabase();
        }
    }

    @Test
    void aRunWhileInfluxDbIsDownSpoolsAndFlushSendsEveryPointOnce() throws Exception {
        try (InfluxdProcess influxd = InfluxdProcess.prepare(dir.resolve("influxd-down"))) {
            Path runs = dir.resolve("runs-down");
            JsonNode summary = run(runs, "--influx", influxd.url().toString(), "--influx-db", "lab");
            JsonNode influx = summary.get("influx");
            assertThat(influx.get("written").asLong()).isZero();
            assertThat(influx.get("spooled").asLong()).isEqualTo(SAMPLES + RESULTS);
            assertThat(influx.get("lastFailure").asText()).contains(influxd.url().toString(), "ConnectException");
            Path archive = Path.of(summary.get("archive").asText());
            JsonNode record = new ObjectMapper().readTree(archive.resolve("influx.json").toFile());
            assertThat(record.get("spooled").asLong()).isEqualTo(SAMPLES + RESULTS);
            assertThat(record.get("database").asText()).isEqualTo("lab");

            // Neither report nor the next run forgets the spool.
            assertThat(cli.run("report", archive.toString())).as(cli.err()).isZero();
            assertThat(cli.err()).contains("145 points of " + archive + " are still spooled for InfluxDB",
                    "testbench influx flush " + archive);
            assertThat(cli.run("report", archive.toString(), "--from", "influx")).isEqualTo(ExitCode.RIG_OR_STORE_FAULT);
            CliRun next = new CliRun();
            next.run("run", "iso9283-pose", "--rig", rig.toString(), "--dut", "sim-6r-10", "-p", "cycles=3",
                    "--runs-dir", runs.toString());
            assertThat(next.err()).contains("warning: 145 points of " + archive + " are still spooled for InfluxDB");

            influxd.start();
            cli.clearOut();
            assertThat(cli.run("influx", "flush", archive.toString())).as(cli.err()).isZero();
            assertThat(cli.out()).contains("145 spooled points sent to InfluxDB 1.x " + influxd.url()
                    + " database 'lab'; 0 remain spooled");
            InfluxV1Client client = new InfluxV1Client(influxd.url(), "lab", Duration.ofSeconds(30));
            assertThat(client.query("SELECT count(value), count(distinct(seq)), max(seq) FROM tracker"))
                    .containsExactly(Map.of("time", 0L, "count", (long) SAMPLES, "count_1", (long) SAMPLES,
                            "max", SAMPLES - 1L));
            assertThat(client.query("SELECT count(verdict) FROM result")).containsExactly(Map.of("time", 0L,
                    "count", (long) RESULTS));

            cli.clearOut();
            assertThat(cli.run("report", archive.toString(), "--from", "influx")).as(cli.err()).isZero();
            assertThat(cli.out()).contains("identical to results.json");
            assertThat(cli.run("influx", "flush", archive.toString())).isZero();
            assertThat(cli.out()).contains("0 spooled points sent");
        }
    }

    @Test
    void theV2TokenAppearsInNoLogLineMessageOrFile() throws Exception {
        String token = "tok-" + UUID.randomUUID();
        Path tokenFile = dir.resolve("influx.token");
        Files.writeString(tokenFile, token + "\n");
        Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger ours = (Logger) LoggerFactory.getLogger("org.testbench");
        Level rootLevel = root.getLevel();
        Level ourLevel = ours.getLevel();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try (QuestDbServer questdb = QuestDbServer.start(dir.resolve("questdb"))) {
            Path runs = dir.resolve("runs-v2");
            JsonNode summary = run(runs, "-vv", "--influx", questdb.url().toString(), "--influx-org", "lab",
                    "--influx-bucket", "runs", "--influx-token-file", tokenFile.toString());
            assertThat(summary.get("influx").get("written").asLong()).isEqualTo(SAMPLES + RESULTS);
            assertThat(questdb.count("tracker")).isEqualTo(SAMPLES);
            assertThat(questdb.count("result")).isEqualTo(RESULTS);

            // A server that is not there: the errors name the server, never the token.
            JsonNode down = run(runs, "-vv", "--influx", "http://127.0.0.1:" + unusedPort(), "--influx-org", "lab",
                    "--influx-bucket", "runs", "--influx-token-file", tokenFile.toString());
            assertThat(down.get("influx").get("spooled").asLong()).isEqualTo(SAMPLES + RESULTS);
            assertThat(cli.run("influx", "flush", down.get("archive").asText(), "--influx-token-file",
                    tokenFile.toString())).isEqualTo(ExitCode.RIG_OR_STORE_FAULT);
        } finally {
            root.detachAppender(logs);
            // -vv set these for the whole JVM; later tests in it expect the quiet defaults.
            root.setLevel(rootLevel);
            ours.setLevel(ourLevel);
        }
        assertThat(logs.list).as("log lines at -vv").hasSizeGreaterThan(10);
        for (ILoggingEvent event : logs.list) {
            assertThat(event.getFormattedMessage()).doesNotContain(token);
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(token);
            }
        }
        assertThat(cli.out() + cli.err()).doesNotContain(token).contains("store fault");
        try (Stream<Path> files = Files.walk(dir.resolve("runs-v2"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(token);
            }
        }
    }

    @Test
    void badInfluxFlagsExitWith2NamingTheFlag() {
        String[][] cases = {
            {"--influx-db", "lab"},
            {"--influx", "ftp://127.0.0.1:1", "--influx-db", "lab"},
            {"--influx", "http://127.0.0.1:1"},
            {"--influx", "http://127.0.0.1:1", "--influx-db", "lab", "--influx-bucket", "b"},
            {"--influx", "http://127.0.0.1:1", "--influx-org", "lab"},
            {"--influx", "http://127.0.0.1:1", "--influx-org", "lab", "--influx-bucket", "b",
                "--influx-token-env", "TESTBENCH_NO_SUCH_VARIABLE"},
            {"--influx", "http://127.0.0.1:1", "--influx-org", "lab", "--influx-bucket", "b",
                "--influx-token-file", dir.resolve("no-such-token").toString()},
        };
        String[] named = {"--influx-db: needs --influx URL", "--influx ftp://127.0.0.1:1: expected an http:// or https:// URL",
            "--influx http://127.0.0.1:1: needs --influx-db NAME (InfluxDB 1.x) or --influx-org ORG and --influx-bucket BUCKET",
            "--influx-bucket: is for InfluxDB 2.x/3.x", "--influx-bucket: missing",
            "--influx-token-env TESTBENCH_NO_SUCH_VARIABLE: token: environment variable TESTBENCH_NO_SUCH_VARIABLE is not set",
            "--influx-token-file " + dir.resolve("no-such-token") + ": token: no such file"};
        for (int i = 0; i < cases.length; i++) {
            CliRun c = new CliRun();
            String[] args = Stream.concat(Stream.of("run", "iso9283-pose", "--rig", rig.toString(), "--dut", "sim-6r-10",
                    "--runs-dir", dir.resolve("runs-bad").toString()), Stream.of(cases[i])).toArray(String[]::new);
            assertThat(c.run(args)).as(String.join(" ", cases[i])).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(c.err()).contains("error: " + named[i]);
        }
        assertThat(dir.resolve("runs-bad")).doesNotExist();
    }

    private JsonNode run(Path runs, String... influx) throws Exception {
        cli.clearOut();
        String[] args = Stream.concat(Stream.of("run", "iso9283-pose", "--rig", rig.toString(), "--dut", "sim-6r-10",
                "-p", "cycles=3", "--runs-dir", runs.toString(), "--json"), Stream.of(influx)).toArray(String[]::new);
        int code = cli.run(args);
        JsonNode summary = new ObjectMapper().readTree(cli.out());
        assertThat(summary.get("state").asText()).as(cli.err()).isEqualTo("COMPLETED");
        assertThat(code).as("InfluxDB never makes a run fail").isEqualTo(summary.get("verdict").asText().equals("PASS") ? 0 : 1);
        return summary;
    }

    private static int unusedPort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
