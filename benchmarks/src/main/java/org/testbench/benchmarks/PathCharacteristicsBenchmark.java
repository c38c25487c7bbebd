package org.testbench.benchmarks;

import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;
import org.testbench.standards.iso9283.PathAccuracy;
import org.testbench.standards.iso9283.PathRepeatability;

/**
 * Cost of ISO 9283 path accuracy and repeatability (AT and RT together, as a path test reports
 * them) over 10 runs of 100,000 path points, against one sequential pass summing the coordinate
 * arrays the commanded and attained points were built from. Per point, AT needs a barycentre and
 * a mean orientation deviation and RT a standard deviation of distances and of rotations, so the
 * ratio shows the price of that maths and of regrouping the runs by point.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PathCharacteristicsBenchmark {

    private static final int RUNS = 10;
    private static final int POINTS = 100_000;
    /** Commanded coordinates then each run's, so the baseline reads every value the poses hold. */
    private static final int SERIES = RUNS + 1;

    private double[][] coordinates;
    private List<Pose> commanded;
    private List<List<Pose>> runs;

    /** Builds a seeded straight-line path and ten runs scattered round it. */
    @Setup
    public void paths() {
        SplittableRandom random = new SplittableRandom(9283);
        coordinates = new double[6][SERIES * POINTS];
        commanded = new ArrayList<>(POINTS);
        runs = new ArrayList<>(RUNS);
        for (int i = 0; i < POINTS; i++) {
            double along = 400.0 * i / POINTS;
            commanded.add(point(0, i, 800 + along, -200 + along, 600 + along / 2, 180, 0, 90));
        }
        for (int run = 1; run <= RUNS; run++) {
            List<Pose> attained = new ArrayList<>(POINTS);
            for (int i = 0; i < POINTS; i++) {
                Vector3 c = commanded.get(i).position();
                attained.add(point(run, i, c.x() + 0.05 + 0.02 * random.nextGaussian(),
                        c.y() + 0.02 * random.nextGaussian(), c.z() - 0.03 + 0.02 * random.nextGaussian(),
                        180 + 0.01 * random.nextGaussian(), 0.01 * random.nextGaussian(),
                        90 + 0.01 * random.nextGaussian()));
            }
            runs.add(attained);
        }
    }

    /**
     * @param blackhole takes both results so the JIT cannot drop the work
     */
    @Benchmark
    public void pathAccuracyAndRepeatability(Blackhole blackhole) {
        blackhole.consume(PathAccuracy.of(commanded, runs));
        blackhole.consume(PathRepeatability.of(commanded, runs));
    }

    /**
     * @return the sum of every coordinate of the commanded and attained points, one sequential pass
     */
    @Benchmark
    public double sumCoordinates() {
        double sum = 0;
        for (double[] axis : coordinates) {
            for (double v : axis) {
                sum += v;
            }
        }
        return sum;
    }

    private Pose point(int series, int index, double x, double y, double z, double a, double b, double c) {
        int at = series * POINTS + index;
        double[] values = {x, y, z, a, b, c};
        for (int axis = 0; axis < 6; axis++) {
            coordinates[axis][at] = values[axis];
        }
        return Pose.of(x, y, z, a, b, c);
    }
}
