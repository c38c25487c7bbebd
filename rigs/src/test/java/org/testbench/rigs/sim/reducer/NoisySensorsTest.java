package org.testbench.rigs.sim.reducer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sensors' noise is reproducible from the seed and has the deviation the params give. */
class NoisySensorsTest {

    private static final BenchReading TRUTH = new BenchReading(12, 360, 1000, 0.5, 3.6, 10, -50, 40, 23, 0.1);
    private static final SensorNoise NOISE = new SensorNoise(3, 0.5, 0.5, 0.005, 0.002, 0.02, 0.05);

    @Test
    void theSameSeedGivesTheSameReadings() {
        NoisySensors a = new NoisySensors(NOISE, 42);
        NoisySensors b = new NoisySensors(NOISE, 42);
        for (int i = 0; i < 10; i++) {
            assertThat(a.read(TRUTH)).isEqualTo(b.read(TRUTH));
        }
        assertThat(new NoisySensors(NOISE, 43).read(TRUTH)).isNotEqualTo(new NoisySensors(NOISE, 42).read(TRUTH));
    }

    @Test
    void withoutNoiseTheSensorsReadTheTruth() {
        assertThat(new NoisySensors(SensorNoise.NONE, 1).read(TRUTH)).isEqualTo(TRUTH);
    }

    @Test
    void theOutputEncodersScatterIsItsDeviation() {
        NoisySensors sensors = new NoisySensors(NOISE, 5);
        int n = 20_000;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            BenchReading r = sensors.read(TRUTH);
            double errorArcsec = (r.outputAngleDeg() - TRUTH.outputAngleDeg()) * 3600;
            sum += errorArcsec;
            squares += errorArcsec * errorArcsec;
            assertThat(r.simTimeS()).isEqualTo(12);
        }
        double mean = sum / n;
        double sigma = Math.sqrt(squares / n - mean * mean);
        // standard error of the mean 0.5 / sqrt(20000) = 0.0035 arcsec, of the deviation 0.0025: five of each
        assertThat(mean).isBetween(-0.018, 0.018);
        assertThat(sigma).isBetween(0.5 - 0.0125, 0.5 + 0.0125);
    }
}
