package org.testbench.protocols.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {

    private static final long MS = 1_000_000;

    private final ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(5));

    @Test
    void allowsTheFirstAttemptAtOnce() {
        assertThat(backoff.remainingNanos(0)).isZero();
        assertThat(backoff.failures()).isZero();
    }

    @Test
    void doublesTheWaitAfterEachFailureUpToTheCeiling() {
        List<Long> waits = new ArrayList<>();
        long now = 1_000 * MS;
        for (int attempt = 0; attempt < 9; attempt++) {
            backoff.failed(now);
            waits.add(backoff.remainingNanos(now) / MS);
            now += backoff.remainingNanos(now);
        }

        assertThat(waits).containsExactly(100L, 200L, 400L, 800L, 1600L, 3200L, 5000L, 5000L, 5000L);
        assertThat(backoff.failures()).isEqualTo(9);
    }

    @Test
    void countsDownTheWaitAndAllowsTheAttemptWhenItIsOver() {
        backoff.failed(0);

        assertThat(backoff.remainingNanos(30 * MS)).isEqualTo(70 * MS);
        assertThat(backoff.remainingNanos(100 * MS)).isZero();
        assertThat(backoff.remainingNanos(250 * MS)).isZero();
    }

    @Test
    void startsOverAfterASuccess() {
        backoff.failed(0);
        backoff.failed(100 * MS);
        backoff.succeeded();

        assertThat(backoff.remainingNanos(100 * MS)).isZero();
        backoff.failed(500 * MS);
        assertThat(backoff.remainingNanos(500 * MS)).isEqualTo(100 * MS);
    }
}
