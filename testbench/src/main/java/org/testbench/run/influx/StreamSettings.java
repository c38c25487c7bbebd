package org.testbench.run.influx;

import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link InfluxStream} batches, bounds its memory and retries. Immutable; build with
 * {@link #builder()}, whose defaults suit a lab server on the local network.
 *
 * @param batchSize      points per write request (InfluxDB recommends 5,000 to 10,000)
 * @param linger         how long a point may wait for its batch to fill before it is sent anyway
 * @param maxBuffered    points held in memory at most; beyond that they go to the disk spool
 * @param stall          how long an adding thread waits for room while a write is in flight before
 *                       it spools instead (a server that hangs must not hold up the run for longer)
 * @param firstRetry     the wait before the first retry of a failed write; doubled after each failure
 * @param maxRetry       the longest wait between two retries
 * @param giveUp         at the end, how long to keep retrying without any write succeeding before
 *                       leaving the rest in the spool
 * @param requestTimeout how long to wait for a connection and for each answer
 */
public record StreamSettings(int batchSize, Duration linger, int maxBuffered, Duration stall, Duration firstRetry,
                             Duration maxRetry, Duration giveUp, Duration requestTimeout) {

    /** Checks every setting is positive and memory holds at least one batch. */
    public StreamSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        if (maxBuffered < batchSize) {
            throw new IllegalArgumentException("at most " + maxBuffered + " points in memory cannot hold a batch of "
                    + batchSize);
        }
        for (Duration d : new Duration[] {linger, stall, firstRetry, maxRetry, giveUp, requestTimeout}) {
            if (Objects.requireNonNull(d, "duration").isNegative() || d.isZero()) {
                throw new IllegalArgumentException("stream durations must be positive, found " + d);
            }
        }
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the defaults */
    public static StreamSettings defaults() {
        return builder().build();
    }

    /** Builds {@link StreamSettings}. */
    public static final class Builder {
        private int batchSize = 5000;
        private Duration linger = Duration.ofSeconds(1);
        private int maxBuffered = 100_000;
        private Duration stall = Duration.ofSeconds(1);
        private Duration firstRetry = Duration.ofMillis(250);
        private Duration maxRetry = Duration.ofSeconds(15);
        private Duration giveUp = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(10);

        private Builder() {
        }

        /** @param points points per write @return this builder */
        public Builder batchSize(int points) {
            this.batchSize = points;
            return this;
        }

        /** @param wait longest wait of a point for its batch @return this builder */
        public Builder linger(Duration wait) {
            this.linger = wait;
            return this;
        }

        /** @param points most points held in memory @return this builder */
        public Builder maxBuffered(int points) {
            this.maxBuffered = points;
            return this;
        }

        /** @param wait longest wait of an adding thread for room @return this builder */
        public Builder stall(Duration wait) {
            this.stall = wait;
            return this;
        }

        /**
         * @param first wait before the first retry
         * @param max   longest wait between retries
         * @return this builder
         */
        public Builder retry(Duration first, Duration max) {
            this.firstRetry = first;
            this.maxRetry = max;
            return this;
        }

        /** @param wait how long to retry at the end without success @return this builder */
        public Builder giveUp(Duration wait) {
            this.giveUp = wait;
            return this;
        }

        /** @param timeout connection and answer timeout @return this builder */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        /** @return the settings */
        public StreamSettings build() {
            return new StreamSettings(batchSize, linger, maxBuffered, stall, firstRetry, maxRetry, giveUp,
                    requestTimeout);
        }
    }
}
