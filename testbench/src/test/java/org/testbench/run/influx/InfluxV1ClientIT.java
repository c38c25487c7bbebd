package org.testbench.run.influx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client and the batch writer against a real influxd (1.6.7 from Debian), started by
 * {@code scripts/run-tests}. Each test works in a database of its own, dropped afterwards.
 */
class InfluxV1ClientIT {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00.123456789Z");
    private static final String[] SIGNALS = {"x", "y", "z"};

    private static URI server;
    private InfluxV1Client client;
    @org.junit.jupiter.api.io.TempDir
    Path spoolDir;

    @BeforeAll
    static void findServer() {
        String url = System.getenv("TESTBENCH_INFLUX_URL");
        if (url == null || url.isBlank()) {
            fail("TESTBENCH_INFLUX_URL is not set: run scripts/run-tests, which installs and starts influxd");
        }
        server = URI.create(url);
    }

    @BeforeEach
    void createDatabase() throws InfluxException {
        client = clientFor(freshName());
        client.ping();
        client.createDatabase();
    }

    @AfterEach
    void dropDatabase() throws InfluxException {
        client.dropDatabase();
        assertThat(databases()).doesNotContain(client.database());
    }

    @Test
    void everyPointStreamedInBatchesArrivesExactlyOnce() throws Exception {
        int total = 12_345;
        InfluxStream stream = stream(client, 5000);
        for (int i = 0; i < total; i++) {
            stream.add(samplePoint("run-1", i).toLineProtocol());
        }
        InfluxStream.Tally tally = stream.finish();
        assertThat(tally.written()).isEqualTo(total);
        assertThat(tally.spooled()).isZero();

        assertThat(client.query("SELECT count(value) FROM pose WHERE run = 'run-1'"))
                .containsExactly(Map.of("time", 0L, "count", (long) total));
        List<Map<String, Object>> perSignal = client.query("SELECT count(value) FROM pose GROUP BY signal");
        assertThat(perSignal).extracting(row -> row.get("signal")).containsExactly("x", "y", "z");
        assertThat(perSignal).extracting(row -> row.get("count")).containsOnly(total / 3L);

        for (int i : new int[] {0, 4_999, 5_000, 9_999, 10_000, total - 1}) {
            LinePoint sent = samplePoint("run-1", i);
            long nanos = nanos(sent.time());
            List<Map<String, Object>> rows = client.query("SELECT * FROM pose WHERE time = " + nanos);
            assertThat(rows).as("point %d", i).hasSize(1);
            Map<String, Object> row = rows.get(0);
            assertThat(row.get("time")).as("point %d", i).isEqualTo(nanos);
            assertThat(((Number) row.get("value")).doubleValue()).as("point %d", i)
                    .isEqualTo(sent.fields().get("value"));
            assertThat(row.get("cycle")).isEqualTo(sent.fields().get("cycle"));
            assertThat(row.get("good")).isEqualTo(sent.fields().get("good"));
            sent.tags().forEach((key, value) ->
                    assertThat(row.get(key)).as("tag %s of point %d", key, i).isEqualTo(value));
        }
    }

    @Test
    void pointsFromManyThreadsAllArrive() throws Exception {
        int threads = 4;
        int perThread = 2_500;
        InfluxStream stream = stream(client, 1_000);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String run = "thread-" + t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        stream.add(samplePoint(run, i).toLineProtocol());
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(stream.finish().written()).isEqualTo((long) threads * perThread);
        assertThat(client.query("SELECT count(value) FROM pose GROUP BY run"))
                .extracting(row -> row.get("run") + "=" + row.get("count"))
                .containsExactly("thread-0=2500", "thread-1=2500", "thread-2=2500", "thread-3=2500");
    }

    @Test
    void aStreamCreatesTheDatabaseItWritesTo() throws Exception {
        InfluxV1Client late = clientFor(freshName());
        try {
            InfluxStream stream = stream(late, 2);
            for (int i = 0; i < 3; i++) {
                stream.add(samplePoint("run-1", i).toLineProtocol());
            }
            assertThat(stream.finish().written()).isEqualTo(3);
            assertThat(late.query("SELECT value FROM pose")).extracting(row -> row.get("time"))
                    .containsExactly(nanos(samplePoint("run-1", 0).time()), nanos(samplePoint("run-1", 1).time()),
                            nanos(samplePoint("run-1", 2).time()));
        } finally {
            late.dropDatabase();
        }
    }

    @Test
    void escapedNamesTagsAndStringsReadBackIdentically() throws Exception {
        String measurement = "arm pose,a=b";
        String text = "say \"hi\", a=b C:\\dir\\ then\na second line \\";
        LinePoint point = LinePoint.builder(measurement)
                .tag("tag key,1=", "a b,c=d")
                .tag("path", "C:\\data\\run 1")
                .tag("quoted", "say \"x\"")
                .tag("backslash equals", "a\\=b\\,c\\ d")
                .tag("axis", "轴 1 µm")
                .field("text", text)
                .field("field key,x=y", 2.5)
                .time(T0)
                .build();

        client.write(List.of(point));

        List<Map<String, Object>> rows = client.query("SELECT * FROM " + InfluxV1Client.quoteIdentifier(measurement));
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        assertThat(row.get("time")).isEqualTo(nanos(T0));
        assertThat(row.get("text")).isEqualTo(text);
        assertThat(row.get("field key,x=y")).isEqualTo(2.5);
        point.tags().forEach((key, value) -> assertThat(row.get(key)).as("tag %s", key).isEqualTo(value));
        assertThat(row).hasSize(1 + point.tags().size() + point.fields().size());
    }

    @Test
    void aWriteToAMissingDatabaseNamesTheStatusAndInfluxDbsError() {
        InfluxV1Client missing = clientFor(freshName());

        assertThatThrownBy(() -> missing.write(List.of(samplePoint("run-1", 0))))
                .isInstanceOf(InfluxException.class)
                .hasMessageContaining("POST " + server.toString().replaceAll("/$", "") + "/write?db="
                        + missing.database())
                .hasMessageContaining("answered HTTP 404")
                .hasMessageContaining("database not found")
                .satisfies(e -> assertThat(((InfluxException) e).status()).hasValue(404));
        assertThatThrownBy(() -> missing.query("SELECT * FROM pose"))
                .isInstanceOf(InfluxException.class)
                .hasMessageContaining("database not found");
    }

    @Test
    void aStatementErrorIsReportedWithTheQuery() {
        assertThatThrownBy(() -> client.query("SELECT FROM WHERE"))
                .isInstanceOf(InfluxException.class)
                .hasMessageContaining("query \"SELECT FROM WHERE\" on database '" + client.database() + "'")
                .hasMessageContaining("answered HTTP 400")
                .hasMessageContaining("error parsing query");
    }

    private static LinePoint samplePoint(String run, int i) {
        return LinePoint.builder("pose")
                .tag("run", run).tag("rig", "sim-robot").tag("dut", "sim-6r-10").tag("signal", SIGNALS[i % 3])
                .tag("step", "measure").tag("pose", "P" + (1 + (i / 3) % 5))
                .field("value", Math.sin(i) * 1234.5678)
                .field("cycle", (long) (i / 15))
                .field("good", i % 7 != 0)
                // 1 ms and 1 ns apart: every point is distinct, and the nanoseconds must survive.
                .time(T0.plusNanos(i * 1_000_001L))
                .build();
    }

    private InfluxStream stream(InfluxV1Client target, int batchSize) throws java.io.IOException {
        return new InfluxStream(new InfluxV1Endpoint(target), InfluxSpool.open(spoolDir.resolve(target.database())),
                StreamSettings.builder().batchSize(batchSize).build());
    }

    private List<String> databases() throws InfluxException {
        return client.query("SHOW DATABASES").stream().map(row -> (String) row.get("name")).toList();
    }

    private static InfluxV1Client clientFor(String database) {
        return new InfluxV1Client(server, database, Duration.ofSeconds(30));
    }

    private static String freshName() {
        return "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static long nanos(Instant time) {
        return time.getEpochSecond() * 1_000_000_000L + time.getNano();
    }
}
