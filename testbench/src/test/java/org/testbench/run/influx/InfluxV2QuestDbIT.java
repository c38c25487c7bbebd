package org.testbench.run.influx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
 * point sent through the stream is counted back.
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
        InfluxTarget target = InfluxTarget.v2(questdb.url(), "lab", "runs",
                InfluxToken.fromEnvironment("TOKEN", Map.of("TOKEN", "v2-secret-token")));
        InfluxSpool spool = InfluxSpool.open(dir.resolve("spool-v2"));
        InfluxStream stream = new InfluxStream(InfluxEndpoint.open(target, StreamSettings.defaults().requestTimeout()),
                spool, StreamSettings.builder().batchSize(1000).build());
        RunSchema schema = new RunSchema("run-v2", "sim-robot", "sn-1");
        int total = 12_345;
        Instant t0 = Instant.parse("2026-11-22T08:00:00.123456789Z");
        for (int i = 0; i < total; i++) {
            stream.add(schema.sample(new Sample(t0.plusNanos(i * 1_000_001L), "tracker", "xyz".substring(i % 3, i % 3 + 1),
                    Math.sin(i), "mm", true, Map.of("pose", "P" + (1 + i % 5), "cycle", Integer.toString(i / 15))))
                    .toLineProtocol());
        }
        InfluxStream.Tally tally = stream.finish();

        assertThat(tally.written()).isEqualTo(total);
        assertThat(tally.spooled()).isZero();
        assertThat(questdb.count("tracker")).isEqualTo(total);
    }
}
