package org.testbench.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.testbench.rigs.Sample;
import org.testbench.rigs.yaml.InputException;
import org.testbench.run.influx.InfluxEndpoint;
import org.testbench.run.influx.InfluxException;
import org.testbench.run.influx.InfluxSpool;
import org.testbench.run.influx.InfluxStream;
import org.testbench.run.influx.InfluxTarget;
import org.testbench.run.influx.InfluxV1Client;
import org.testbench.run.influx.RunSchema;
import org.testbench.run.influx.StreamSettings;

/**
 * Sustained ingest into a real influxd (InfluxDB 1.x, started by {@code benchmarks/run} through
 * {@code scripts/with-influxd}, found through {@code TESTBENCH_INFLUX_URL}) of 50,000 tracker
 * samples per operation.
 *
 * <p>{@code sink} is the run's path: each sample made a point by {@link RunSchema}, rendered as
 * line protocol and added to an {@link InfluxStream} (batches of 5,000, one sender thread, a spool
 * that stays empty), finished when all are written. {@code rawPost} is the floor: the same points,
 * rendered beforehand, POSTed to {@code /write} in batches of 5,000 one after the other with
 * java.net.http. Both write the same points into the same database, so after the first operation
 * both overwrite; the ratio of their rates is the sink's cost (or, with rendering and sending
 * overlapped, its gain).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class InfluxIngestBenchmark {

    /** Points per operation. */
    public static final int POINTS = 50_000;
    private static final int BATCH = 5_000;
    private static final String DATABASE = "bench_ingest";

    private URI server;
    private InfluxTarget target;
    private InfluxV1Client client;
    private List<Sample> samples;
    private List<List<String>> batches;
    private Path spoolDir;

    /**
     * Builds the samples and their lines, and creates the database.
     *
     * @throws InfluxException when influxd does not answer
     * @throws IOException     when the spool folder cannot be made
     */
    @Setup(Level.Trial)
    public void prepare() throws InfluxException, IOException {
        String url = System.getenv("TESTBENCH_INFLUX_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("TESTBENCH_INFLUX_URL is not set: benchmarks/run starts influxd "
                    + "through scripts/with-influxd when influxd is installed");
        }
        server = URI.create(url);
        target = InfluxTarget.v1(server, DATABASE);
        client = new InfluxV1Client(server, DATABASE, Duration.ofSeconds(60));
        client.createDatabase();
        samples = TrackerSamples.make(POINTS, 3_000);
        RunSchema schema = new RunSchema("bench-run", "sim-robot", "sn-1");
        batches = new ArrayList<>();
        List<String> batch = new ArrayList<>(BATCH);
        for (Sample sample : samples) {
            batch.add(schema.sampleLine(sample));
            if (batch.size() == BATCH) {
                batches.add(batch);
                batch = new ArrayList<>(BATCH);
            }
        }
        spoolDir = Files.createTempDirectory("testbench-bench-spool");
    }

    /**
     * Drops the database.
     *
     * @throws IOException when influxd refuses or the spool folder cannot be removed
     */
    @TearDown(Level.Trial)
    public void drop() throws IOException {
        client.dropDatabase();
        Files.deleteIfExists(spoolDir);
    }

    /**
     * @return the points written
     * @throws IOException    when the spool cannot be opened
     * @throws InputException never: the target has no token
     */
    @Benchmark
    public long sink() throws IOException, InputException {
        StreamSettings settings = StreamSettings.builder().batchSize(BATCH).requestTimeout(Duration.ofSeconds(60)).build();
        InfluxStream stream = new InfluxStream(InfluxEndpoint.open(target, settings.requestTimeout()),
                InfluxSpool.open(spoolDir), settings);
        RunSchema schema = new RunSchema("bench-run", "sim-robot", "sn-1");
        for (Sample sample : samples) {
            stream.add(schema.sampleLine(sample));
        }
        InfluxStream.Tally tally = stream.finish();
        if (tally.written() != POINTS) {
            throw new IllegalStateException("the sink wrote " + tally);
        }
        return tally.written();
    }

    /**
     * @return the points written
     * @throws InfluxException when a POST fails
     */
    @Benchmark
    public long rawPost() throws InfluxException {
        for (List<String> batch : batches) {
            client.writeLines(batch);
        }
        return POINTS;
    }

    /** Tracker samples as a pose run records them, spread over few series so influxd's index stays small. */
    static final class TrackerSamples {

        private static final String[] AXES = {"x", "y", "z", "a", "b", "c"};

        private TrackerSamples() {
        }

        /**
         * @param count          how many samples
         * @param samplesPerCycle how many samples share a cycle tag
         * @return the samples, 1 µs apart per six-axis measurement
         */
        static List<Sample> make(long count, int samplesPerCycle) {
            Instant start = Instant.parse("2026-11-22T00:00:00Z");
            List<Sample> samples = new ArrayList<>((int) Math.min(count, Integer.MAX_VALUE));
            for (long i = 0; i < count; i++) {
                samples.add(sample(start, i, samplesPerCycle));
            }
            return samples;
        }

        /**
         * @param start           the first sample's time
         * @param i               the sample's index
         * @param samplesPerCycle how many samples share a cycle tag
         * @return sample i
         */
        static Sample sample(Instant start, long i, int samplesPerCycle) {
            int axis = (int) (i % AXES.length);
            long measurement = i / AXES.length;
            return new Sample(start.plusNanos(measurement * 1_000L), "tracker", AXES[axis],
                    (axis < 3 ? 1000 : 90) + Math.sin(i) * 0.02, axis < 3 ? "mm" : "deg", true,
                    Map.of("pose", "P" + (1 + measurement % 5), "cycle", Long.toString(1 + i / samplesPerCycle)));
        }
    }
}
