package org.testbench.run.influx;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.rigs.Sample;

/**
 * The 2.x/3.x write path (influxdb-client-java, {@code /api/v2/write}) against QuestDB embedded
 * in this JVM, a real server of that endpoint (no InfluxDB 2 package is to be had here): every
 * point sent through the stream is counted back, also those spooled while no server listened.
 */
class InfluxV2QuestDbIT {

    @TempDir
    static Path dir;

    private static QuestDbServer questdb;

    @BeforeAll
    static void start() throws Exception {
        questdb = QuestDbServer.start(dir.resolve("questdb"));
    }

    @AfterAll
    static void stop() {
        questdb.close();
    }

    @Test
    void everyPointSentThroughTheV2ApiIsCountedBack() throws Exception {
        InfluxStream stream = new InfluxStream(InfluxEndpoint.open(target(questdb.url()), Duration.ofSeconds(10)),
                InfluxSpool.open(dir.resolve("spool-v2")), StreamSettings.builder().batchSize(1000).build());
        add(stream, new RunSchema("run-v2", "sim-robot", "sn-1"), "tracker", 0, 12_345);
        InfluxStream.Tally tally = stream.finish();

        assertThat(tally.written()).isEqualTo(12_345);
        assertThat(tally.spooled()).isZero();
        assertThat(questdb.count("tracker")).isEqualTo(12_345);
    }

    @Test
    void pointsSpooledWhileTheV2ServerIsMissingArriveOnceItListens() throws Exception {
        int port = QuestDbServer.freePort();
        URI url = URI.create("http://127.0.0.1:" + port);
        InfluxSpool spool = InfluxSpool.open(dir.resolve("spool-late"));
        InfluxStream stream = new InfluxStream(InfluxEndpoint.open(target(url), Duration.ofSeconds(10)), spool,
                StreamSettings.builder().batchSize(500).linger(Duration.ofMillis(20))
                        .retry(Duration.ofMillis(50), Duration.ofMillis(200)).giveUp(Duration.ofSeconds(120)).build());
        RunSchema schema = new RunSchema("run-late", "sim-robot", "sn-1");
        add(stream, schema, "late", 0, 3_000);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (stream.tally().spooled() < 3_000 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(stream.tally().spooled()).as("spooled while nothing listens on " + url).isEqualTo(3_000);
        assertThat(stream.tally().lastFailure()).contains("/api/v2/write", "ConnectException");

        try (QuestDbServer late = QuestDbServer.start(dir.resolve("questdb-late"), port)) {
            add(stream, schema, "late", 3_000, 4_000);
            InfluxStream.Tally tally = stream.finish();
            assertThat(tally.written()).isEqualTo(4_000);
            assertThat(tally.spooled()).isZero();
            assertThat(late.count("late")).isEqualTo(4_000);
            assertThat(late.exec("select count_distinct(seq), min(seq), max(seq) from late").path("dataset").path(0)
                    .toString()).isEqualTo("[4000,0,3999]");
        }
    }

    private static InfluxTarget target(URI url) {
        return InfluxTarget.v2(url, "lab", "runs", InfluxToken.fromEnvironment("TOKEN", Map.of("TOKEN", "v2-token")));
    }

    /** Samples i in [from, to) of one device, 1 ms and 1 ns apart, over three signals. */
    private static void add(InfluxStream stream, RunSchema schema, String device, int from, int to) {
        Instant t0 = Instant.parse("2026-11-22T08:00:00.123456789Z");
        for (int i = from; i < to; i++) {
            stream.add(schema.sample(new Sample(t0.plusNanos(i * 1_000_001L), device, "xyz".substring(i % 3, i % 3 + 1),
                    Math.sin(i), "mm", true, Map.of("pose", "P" + (1 + i % 5), "cycle", Integer.toString(i / 15))))
                    .toLineProtocol());
        }
    }
}
