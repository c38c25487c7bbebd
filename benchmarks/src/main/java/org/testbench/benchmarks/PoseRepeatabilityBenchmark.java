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
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Rotation;
import org.testbench.standards.iso9283.PoseRepeatability;

/**
 * Cost of ISO 9283 pose repeatability over a long series of attained poses, against the floor
 * set by memory: one pass that only sums the coordinates the poses were built from. The ratio
 * of the two tells how much of the time is the orientation maths (a rotation matrix and a log
 * map per pose) rather than reading the data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PoseRepeatabilityBenchmark {

    private static final int POSES = 1_000_000;

    private double[] x;
    private double[] y;
    private double[] z;
    private double[] a;
    private double[] b;
    private double[] c;
    private List<Pose> attained;
    private Rotation commanded;

    /** Builds one seeded series of attained poses scattered round a commanded pose. */
    @Setup
    public void attainedPoses() {
        SplittableRandom random = new SplittableRandom(9283);
        x = new double[POSES];
        y = new double[POSES];
        z = new double[POSES];
        a = new double[POSES];
        b = new double[POSES];
        c = new double[POSES];
        attained = new ArrayList<>(POSES);
        for (int j = 0; j < POSES; j++) {
            x[j] = 1000 + 0.02 * random.nextGaussian();
            y[j] = 0.02 * random.nextGaussian();
            z[j] = 800 + 0.02 * random.nextGaussian();
            a[j] = 180 + 0.01 * random.nextGaussian();
            b[j] = 0.01 * random.nextGaussian();
            c[j] = 90 + 0.01 * random.nextGaussian();
            attained.add(Pose.of(x[j], y[j], z[j], a[j], b[j], c[j]));
        }
        commanded = Rotation.fromAbc(180, 0, 90);
    }

    /**
     * @return the repeatability of all poses; returned so the JIT cannot drop the work
     */
    @Benchmark
    public PoseRepeatability poseRepeatability() {
        return PoseRepeatability.of(attained, commanded);
    }

    /**
     * @return the sum of every coordinate, one sequential pass over the six arrays
     */
    @Benchmark
    public double sumCoordinates() {
        double sum = 0;
        for (int j = 0; j < POSES; j++) {
            sum += x[j] + y[j] + z[j] + a[j] + b[j] + c[j];
        }
        return sum;
    }
}
