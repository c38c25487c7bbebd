package org.testbench.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.testbench.rigs.yaml.InputException;
import org.testbench.run.influx.InfluxEndpoint;
import org.testbench.run.influx.InfluxSpool;
import org.testbench.run.influx.InfluxStream;
import org.testbench.run.influx.InfluxTarget;
import org.testbench.run.influx.InfluxV1Client;
import org.testbench.run.influx.RunSchema;
import org.testbench.run.influx.StreamSettings;

/**
 * Zero-loss check of the InfluxDB sink at volume: streams N tracker samples (10,000,000 unless
 * told) through {@link InfluxStream} into a fresh database of the influxd at
 * {@code TESTBENCH_INFLUX_URL}, then counts them back with InfluxQL. Not a JMH benchmark: it runs
 * once, for a minute or two, and is part of {@code benchmarks/run --full} (or
 * {@code --influx-10m}). Writes one row for results.py: points sent, written and counted back,
 * and the rate.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.testbench.benchmarks.InfluxLossCheck OUT.json [POINTS]}
 */
public final class InfluxLossCheck {

    private InfluxLossCheck() {
    }

    /**
     * @param args the output file, then optionally the number of points
     * @throws Exception when influxd cannot be reached or the output cannot be written
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: InfluxLossCheck OUT.json [POINTS]");
            System.exit(2);
        }
        long points = args.length == 2 ? Long.parseLong(args[1]) : 10_000_000L;
        String url = System.getenv("TESTBENCH_INFLUX_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("TESTBENCH_INFLUX_URL is not set (benchmarks/run starts influxd)");
        }
        String database = "bench_loss_" + System.currentTimeMillis();
        Map<String, Object> row = check(URI.create(url), database, points);
        Files.writeString(Path.of(args[0]), org.testbench.run.archive.ArchiveJson.text(List.of(row)),
                StandardCharsets.UTF_8);
        System.err.println("InfluxLossCheck: " + row);
    }

    private static Map<String, Object> check(URI server, String database, long points)
            throws IOException, InputException {
        InfluxV1Client client = new InfluxV1Client(server, database, Duration.ofMinutes(10));
        Path spoolDir = Files.createTempDirectory("testbench-loss-spool");
        try {
            StreamSettings settings = StreamSettings.builder().requestTimeout(Duration.ofSeconds(60)).build();
            InfluxStream stream = new InfluxStream(InfluxEndpoint.open(InfluxTarget.v1(server, database),
                    settings.requestTimeout()), InfluxSpool.open(spoolDir), settings);
            RunSchema schema = new RunSchema("loss-run", "sim-robot", "sn-1");
            Instant start = Instant.parse("2026-11-22T00:00:00Z");
            long began = System.nanoTime();
            for (long i = 0; i < points; i++) {
                stream.add(schema.sampleLine(InfluxIngestBenchmark.TrackerSamples.sample(start, i, 60_000)));
            }
            InfluxStream.Tally tally = stream.finish();
            double seconds = (System.nanoTime() - began) / 1e9;
            long counted = ((Number) client.query("SELECT count(value) FROM tracker WHERE \"run\" = 'loss-run'")
                    .get(0).get("count")).longValue();
            return Map.of("name", String.format("InfluxDB sink, %,d points: counted back / sent", points),
                    "sent", points, "written", tally.written(), "spooled", tally.spooled(),
                    "counted", counted, "seconds", seconds, "pointsPerSecond", points / seconds);
        } finally {
            client.dropDatabase();
            try (var files = Files.list(spoolDir)) {
                if (files.findAny().isEmpty()) {
                    Files.delete(spoolDir);
                }
            }
        }
    }
}
