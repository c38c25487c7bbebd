package org.testbench.run.influx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.rigs.Sample;

/**
 * Streams to a private influxd that the test stops and starts again: points produced while it
 * is down wait in the spool, are sent once it is back, and are counted back exactly once each.
 */
class InfluxOutageIT {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00.000000001Z");
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @Test
    void pointsProducedAcrossAnOutageArriveExactlyOnceEach() throws Exception {
        try (InfluxdProcess influxd = InfluxdProcess.prepare(dir.resolve("influxd"))) {
            influxd.start();
            InfluxTarget target = InfluxTarget.v1(influxd.url(), "outage");
            InfluxSpool spool = InfluxSpool.open(dir.resolve("spool"));
            InfluxStream stream = new InfluxStream(InfluxEndpoint.open(target, Duration.ofSeconds(5)), spool,
                    StreamSettings.builder().batchSize(1000).maxBuffered(5000).linger(Duration.ofMillis(50))
                            .retry(Duration.ofMillis(50), Duration.ofMillis(500)).giveUp(PATIENCE)
                            .requestTimeout(Duration.ofSeconds(5)).build());
            RunSchema schema = new RunSchema("outage-run", "sim-robot", "sn-1");

            add(stream, schema, 0, 20_000);
            awaitTally(stream, t -> t.written() == 20_000);
            influxd.stop();

            add(stream, schema, 20_000, 50_000);
            awaitTally(stream, t -> t.spooled() >= 29_000);
            assertThat(segments(spool.dir())).as("spool segments on disk while influxd is down").isNotEmpty();
            assertThat(stream.tally().written()).isEqualTo(20_000);

            influxd.start();
            add(stream, schema, 50_000, 60_000);
            InfluxStream.Tally tally = stream.finish();

            assertThat(tally).isEqualTo(new InfluxStream.Tally(60_000, 60_000, 0, 0, 0, tally.lastFailure()));
            assertThat(tally.lastFailure()).contains("POST " + influxd.url() + "/write?db=outage");
            assertThat(segments(spool.dir())).isEmpty();
            assertCountedBackOnce(new InfluxV1Client(influxd.url(), "outage", Duration.ofSeconds(30)), 60_000);
        }
    }

    @Test
    void aSpoolLeftWhileTheServerStayedDownIsSentLaterAndResendingItDuplicatesNothing() throws Exception {
        try (InfluxdProcess influxd = InfluxdProcess.prepare(dir.resolve("influxd"))) {
            InfluxTarget target = InfluxTarget.v1(influxd.url(), "later");
            Path spoolDir = dir.resolve("spool");
            InfluxStream stream = new InfluxStream(InfluxEndpoint.open(target, Duration.ofSeconds(5)),
                    InfluxSpool.open(spoolDir), StreamSettings.builder().batchSize(1000)
                            .retry(Duration.ofMillis(50), Duration.ofMillis(200)).giveUp(Duration.ofMillis(500)).build());
            add(stream, new RunSchema("later-run", "sim-robot", "sn-1"), 0, 7_500);
            InfluxStream.Tally tally = stream.finish();
            assertThat(tally.written()).isZero();
            assertThat(tally.spooled()).isEqualTo(7_500);
            assertThat(tally.lastFailure()).contains("ConnectException");
            Path copy = Files.createDirectories(dir.resolve("copy"));
            for (Path segment : segments(spoolDir)) {
                Files.copy(segment, copy.resolve(segment.getFileName()));
            }

            influxd.start();
            try (InfluxEndpoint endpoint = InfluxEndpoint.open(target, Duration.ofSeconds(30))) {
                assertThat(InfluxSpool.open(spoolDir).sendTo(endpoint)).isEqualTo(new InfluxSpool.Replay(7_500, 0, 0, ""));
                assertThat(segments(spoolDir)).isEmpty();
                assertThat(InfluxSpool.open(copy).sendTo(endpoint).sent()).as("the same spool sent again").isEqualTo(7_500);
            }
            assertCountedBackOnce(new InfluxV1Client(influxd.url(), "later", Duration.ofSeconds(30)), 7_500);
        }
    }

    /** Samples i in [from, to): six signals, 1 ms apart, with pose and cycle context. */
    private static void add(InfluxStream stream, RunSchema schema, int from, int to) {
        for (int i = from; i < to; i++) {
            Sample sample = new Sample(T0.plusMillis(i / 6), "tracker", "xyzabc".substring(i % 6, i % 6 + 1),
                    1000 + Math.sin(i), i % 6 < 3 ? "mm" : "deg", true,
                    Map.of("pose", "P" + (1 + (i / 6) % 5), "cycle", Integer.toString(1 + i / 30)));
            stream.add(schema.sample(sample).toLineProtocol());
        }
    }

    /** Every index 0..n-1 once: as many points as distinct indices, and the largest is n-1. */
    private static void assertCountedBackOnce(InfluxV1Client client, long n) throws InfluxException {
        assertThat(client.query("SELECT count(value) FROM tracker")).containsExactly(Map.of("time", 0L, "count", n));
        assertThat(client.query("SELECT count(distinct(seq)) FROM tracker"))
                .containsExactly(Map.of("time", 0L, "count", n));
        assertThat(client.query("SELECT max(seq) FROM tracker").get(0).get("max")).isEqualTo(n - 1);
    }

    private static void awaitTally(InfluxStream stream, Predicate<InfluxStream.Tally> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.test(stream.tally())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the stream never got there: " + stream.tally());
            }
            Thread.sleep(20);
        }
    }

    private static List<Path> segments(Path spool) throws IOException {
        if (!Files.isDirectory(spool)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.filter(f -> f.toString().endsWith(".lp")).sorted().toList();
        }
    }
}
