package org.testbench.run.influx;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.rigs.Sample;

/**
 * A private influxd with authentication enabled: a {@code user:password} token from the
 * environment gets the points in, a wrong one leaves them spooled, and neither password appears
 * in what the stream reports.
 */
class InfluxAuthIT {

    private static final String PASSWORD = "pw-" + Long.toHexString(System.nanoTime());

    @TempDir
    Path dir;

    @Test
    void aUserPasswordTokenWritesAndAWrongOneSpoolsWithoutShowingEither() throws Exception {
        try (InfluxdProcess influxd = InfluxdProcess.prepare(dir.resolve("influxd"), true)) {
            influxd.start();
            createAdmin(influxd.url());

            InfluxTarget good = InfluxTarget.v1(influxd.url(), "secured",
                    InfluxToken.fromEnvironment("LAB_INFLUX", Map.of("LAB_INFLUX", "admin:" + PASSWORD)));
            InfluxStream.Tally written = stream(good, "good", 250);
            assertThat(written.written()).isEqualTo(250);
            InfluxV1Client reader = new InfluxV1Client(influxd.url(), "secured", Duration.ofSeconds(30),
                    "admin:" + PASSWORD);
            assertThat(reader.query("SELECT count(value) FROM tracker")).containsExactly(Map.of("time", 0L, "count", 250L));

            InfluxTarget wrong = InfluxTarget.v1(influxd.url(), "secured",
                    InfluxToken.fromEnvironment("LAB_INFLUX", Map.of("LAB_INFLUX", "admin:not-" + PASSWORD)));
            InfluxStream.Tally refused = stream(wrong, "wrong", 250);
            assertThat(refused.written()).isZero();
            assertThat(refused.spooled()).isEqualTo(250);
            assertThat(refused.lastFailure()).contains("HTTP 401").doesNotContain(PASSWORD);
        }
    }

    private InfluxStream.Tally stream(InfluxTarget target, String spool, int points) throws Exception {
        InfluxStream stream = new InfluxStream(InfluxEndpoint.open(target, Duration.ofSeconds(10)),
                InfluxSpool.open(dir.resolve(spool)), StreamSettings.builder().batchSize(100)
                        .retry(Duration.ofMillis(50), Duration.ofMillis(100)).giveUp(Duration.ofMillis(500)).build());
        RunSchema schema = new RunSchema(spool, "sim-robot", "sn-1");
        Instant t0 = Instant.parse("2026-11-22T08:00:00Z");
        for (int i = 0; i < points; i++) {
            stream.add(schema.sample(new Sample(t0.plusMillis(i), "tracker", "x", i, "mm", true, Map.of()))
                    .toLineProtocol());
        }
        return stream.finish();
    }

    /** InfluxDB 1.x lets the first user, an admin, be created without authentication. */
    private static void createAdmin(URI server) throws Exception {
        String q = "CREATE USER \"admin\" WITH PASSWORD '" + PASSWORD + "' WITH ALL PRIVILEGES";
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server + "/query"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }
}
