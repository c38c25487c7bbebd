package org.testbench.benchmarks;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.testbench.rigs.Sample;
import org.testbench.run.archive.SampleCsv;

/**
 * Cost of writing a run archive's samples.csv: 10,000 tracker samples formatted by
 * {@link SampleCsv#write} into a buffered file writer, against writing the very same
 * characters, formatted beforehand, through the same kind of writer. The ratio is the share of
 * the time the disk and the buffer would take anyway; the rest is formatting (instants, shortest
 * round-trip doubles, sorted context).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SampleCsvBenchmark {

    private static final int SAMPLES = 10_000;
    private static final String[] AXES = {"x", "y", "z", "a", "b", "c"};

    private List<Sample> samples;
    /** SampleCsv's output, one string per write call it makes, so the baseline makes as many. */
    private List<String> lines;
    private Path directory;
    private Path file;

    /**
     * Builds seeded samples as a tracker reports them (six axes per measurement, with pose and
     * cycle context) and the lines SampleCsv makes of them.
     *
     * @throws IOException when the temporary directory cannot be made
     */
    @Setup
    public void samples() throws IOException {
        SplittableRandom random = new SplittableRandom(9283);
        Instant start = Instant.parse("2026-11-22T05:30:01.123456789Z");
        samples = new ArrayList<>(SAMPLES);
        for (int i = 0; i < SAMPLES; i++) {
            int measurement = i / AXES.length;
            String axis = AXES[i % AXES.length];
            double value = (i % AXES.length < 3 ? 1000 : 90) + random.nextGaussian() * 0.02;
            samples.add(new Sample(start.plusNanos(measurement * 4_000_017L), "tracker", axis, value,
                    i % AXES.length < 3 ? "mm" : "deg", true,
                    Map.of("cycle", Integer.toString(measurement / 5 + 1), "pose", "P" + (measurement % 5 + 1))));
        }
        lines = new ArrayList<>(SAMPLES + 1);
        lines.add(SampleCsv.HEADER + "\n");
        for (Sample sample : samples) {
            StringWriter line = new StringWriter();
            SampleCsv.write(sample, line);
            lines.add(line.toString());
        }
        directory = Files.createTempDirectory("testbench-bench-csv");
        file = directory.resolve("samples.csv");
    }

    /** Removes the file and its directory. @throws IOException when they cannot be removed */
    @TearDown
    public void removeFile() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(directory);
    }

    /**
     * @return the characters written, so the JIT cannot drop the work
     * @throws IOException when the file cannot be written
     */
    @Benchmark
    public long sampleCsv() throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeSamples(out);
        }
        return Files.size(file);
    }

    /**
     * @return the characters written, so the JIT cannot drop the work
     * @throws IOException when the file cannot be written
     */
    @Benchmark
    public long rawWrite() throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line);
            }
        }
        return Files.size(file);
    }

    private void writeSamples(Writer out) throws IOException {
        out.write(SampleCsv.HEADER + "\n");
        for (Sample sample : samples) {
            SampleCsv.write(sample, out);
        }
    }
}
