package org.testbench.benchmarks;

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
import org.testbench.standards.reducer.HysteresisCurve;
import org.testbench.standards.reducer.HysteresisLoss;
import org.testbench.standards.reducer.LostMotion;
import org.testbench.standards.reducer.TorsionalStiffness;

/**
 * Cost of the reducer hysteresis analysis (split into branches, hysteresis loss, lost motion at
 * 3 % of rated torque, K1..K3 fit) over one recorded loop of 1,000,000 samples, against the floor
 * set by memory: one pass that sums the same torque and twist arrays. The analysis also reads
 * each sample once, adding it to the sums of a run of samples; what it costs beyond the baseline
 * is those few additions per sample, the reading of the curve works on the runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HysteresisBenchmark {

    private static final int SAMPLES = 1_000_000;
    private static final double RATED = 100;

    private double[] torque;
    private double[] twist;

    /** Result of one analysis, returned so the JIT cannot drop the work. */
    public record Analysis(HysteresisLoss loss, LostMotion lostMotion, TorsionalStiffness stiffness) {
    }

    /**
     * Builds one seeded loop 0 -> +100 -> 0 -> -100 -> 0 Nm: three-segment stiffness (K1 = 10,
     * K2 = 20, K3 = 40 Nm/arcmin, breaks at 20 and 60 Nm), a loop 2 arcmin wide at zero torque,
     * noise of 0.05 Nm on the torque and 0.005 arcmin on the twist.
     */
    @Setup
    public void loop() {
        SplittableRandom random = new SplittableRandom(35089);
        torque = new double[SAMPLES];
        twist = new double[SAMPLES];
        double step = 4 * RATED / SAMPLES;
        for (int j = 0; j < SAMPLES; j++) {
            double s = j * step;
            double t;
            boolean rising;
            if (s < RATED) {
                t = s;
                rising = true;
            } else if (s < 3 * RATED) {
                t = 2 * RATED - s;
                rising = false;
            } else {
                t = s - 4 * RATED;
                rising = true;
            }
            double theta = rising ? risingTwist(t) : -risingTwist(-t);
            torque[j] = t + 0.05 * random.nextGaussian();
            twist[j] = theta + 0.005 * random.nextGaussian();
        }
    }

    private static double risingTwist(double t) {
        if (t < 0) {
            return -1 + 0.03 * t;
        }
        double g = t <= 20 ? t / 10 : t <= 60 ? 2 + (t - 20) / 20 : 4 + (t - 60) / 40;
        return -1 + g;
    }

    /**
     * @return the loss, lost motion and stiffness of the loop
     */
    @Benchmark
    public Analysis hysteresisAnalysis() {
        HysteresisCurve curve = HysteresisCurve.of(torque, twist);
        return new Analysis(HysteresisLoss.of(curve), LostMotion.atPercentOfRated(curve, 3, RATED),
                TorsionalStiffness.fit(curve, 20, 60));
    }

    /**
     * @return the sum of every torque and twist, one sequential pass over the two arrays
     */
    @Benchmark
    public double sumSamples() {
        double sum = 0;
        for (int j = 0; j < SAMPLES; j++) {
            sum += torque[j] + twist[j];
        }
        return sum;
    }
}
