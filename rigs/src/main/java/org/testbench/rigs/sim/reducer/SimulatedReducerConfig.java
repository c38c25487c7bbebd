package org.testbench.rigs.sim.reducer;

import java.util.Objects;

/**
 * How to run the simulated reducer bench: where it listens, which reducer, the noise seed and the
 * clock's speed. Built with {@link #builder()}.
 *
 * @param port      TCP port on 127.0.0.1; 0 picks a free one ({@link SimulatedReducerServer#port()} tells which)
 * @param params    the reducer
 * @param seed      seed of the sensor noise
 * @param timeScale simulated seconds per wall-clock second, e.g. 60000 for a life test (one real
 *                  10 ms tick is then 10 simulated minutes)
 */
public record SimulatedReducerConfig(int port, ReducerParams params, long seed, double timeScale) {

    /** The largest time scale: a tick of a few ms then still stays below a simulated day. */
    public static final double MAX_TIME_SCALE = 1e7;

    /** Checks every value, naming the field that is wrong. */
    public SimulatedReducerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535 (0 = any free port), got " + port);
        }
        Objects.requireNonNull(params, "params");
        if (!(timeScale > 0 && timeScale <= MAX_TIME_SCALE)) {
            throw new IllegalArgumentException("time scale must lie in (0, " + MAX_TIME_SCALE + "], got " + timeScale);
        }
    }

    /** @return a builder: port 5020 (as in the bundled rig file), the bundled harmonic reducer, seed 1, real time */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SimulatedReducerConfig}; every setter returns this builder. */
    public static final class Builder {
        private int port = 5020;
        private ReducerParams params;
        private long seed = 1;
        private double timeScale = 1;

        private Builder() {
        }

        /**
         * @param value TCP port, 0 for any free one
         * @return this builder
         */
        public Builder port(int value) {
            port = value;
            return this;
        }

        /**
         * @param value the reducer
         * @return this builder
         */
        public Builder params(ReducerParams value) {
            params = value;
            return this;
        }

        /**
         * @param value seed of the sensor noise
         * @return this builder
         */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /**
         * @param value simulated seconds per wall-clock second
         * @return this builder
         */
        public Builder timeScale(double value) {
            timeScale = value;
            return this;
        }

        /**
         * @return the configuration
         * @throws IllegalArgumentException when a value is out of range, naming it
         */
        public SimulatedReducerConfig build() {
            return new SimulatedReducerConfig(port, params == null ? ReducerParams.builder().build() : params, seed,
                    timeScale);
        }
    }
}
