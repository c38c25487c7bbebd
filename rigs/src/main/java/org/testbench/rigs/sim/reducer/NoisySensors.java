package org.testbench.rigs.sim.reducer;

import java.util.Random;

/**
 * The bench's sensors: each reading is the true value plus Gaussian noise of the deviation the
 * params file gives. One generator seeded from {@code --seed} draws eight numbers per reading in
 * a fixed order, even for a deviation of zero, so the same seed gives the same noise sequence.
 * Not thread-safe: the server calls it under the bench's lock.
 */
final class NoisySensors {

    private final SensorNoise noise;
    private final Random random;

    /**
     * @param noise the deviations
     * @param seed  the generator's seed
     */
    NoisySensors(SensorNoise noise, long seed) {
        this.noise = noise;
        this.random = new Random(seed);
    }

    /**
     * @param truth the true values
     * @return what the sensors read; simulated time and output revolutions carry no noise
     */
    BenchReading read(BenchReading truth) {
        return new BenchReading(truth.simTimeS(),
                truth.inputAngleDeg() + draw(noise.inputAngleArcsec() / 3600),
                truth.inputRpm() + draw(noise.inputSpeedRpm()),
                truth.inputTorqueNm() + draw(noise.inputTorqueNm()),
                truth.outputAngleDeg() + draw(noise.outputAngleArcsec() / 3600),
                truth.outputRpm() + draw(noise.outputSpeedRpm()),
                truth.outputTorqueNm() + draw(noise.outputTorqueNm()),
                truth.housingC() + draw(noise.temperatureK()),
                truth.ambientC() + draw(noise.temperatureK()),
                truth.outputRevolutions());
    }

    private double draw(double sigma) {
        return random.nextGaussian() * sigma;
    }
}
