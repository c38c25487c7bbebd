package org.testbench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testbench.procedures.execution.Interruption;
import org.testbench.procedures.execution.StepStart;

/** When a stop request interrupts the run's thread, and which request the run keeps. */
class RunStopTest {

    private final RunStop stop = new RunStop();

    @AfterEach
    void clearTheFlag() {
        Thread.interrupted();
    }

    private static StepStart step(String group) {
        return new StepStart(group, "a step", "p.yaml:1:1", Map.of(), 0, 1, Instant.now());
    }

    @Test
    void aRequestWhileMainRunsInterruptsTheRunsThread() {
        stop.executionStarting();
        stop.stepStarting(step("main"));
        assertThat(Thread.interrupted()).isFalse();

        assertThat(stop.request(Interruption.byOperator("SIGTERM received"))).isTrue();

        assertThat(Thread.interrupted()).isTrue();
        assertThat(stop.finish()).map(Interruption::cause).contains("SIGTERM received");
    }

    @Test
    void aRequestBeforeExecutionTakesEffectAsItStarts() {
        assertThat(stop.request(Interruption.byOperator("SIGINT received"))).isTrue();
        assertThat(Thread.interrupted()).as("nothing is interrupted while the rig connects").isFalse();

        stop.executionStarting();

        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void onceTeardownHasBegunARequestIsRecordedButInterruptsNothing() {
        stop.executionStarting();
        stop.stepStarting(step("teardown"));

        assertThat(stop.request(Interruption.byOperator("SIGTERM received"))).isTrue();

        assertThat(Thread.interrupted()).isFalse();
        assertThat(stop.interruption()).isPresent();
    }

    @Test
    void theFirstRequestIsKeptAndNoneIsTakenAfterTheRunFinished() {
        stop.executionStarting();
        stop.request(Interruption.byOperator("SIGINT received"));
        assertThat(stop.request(Interruption.byOperator("SIGTERM received"))).isFalse();
        assertThat(stop.finish()).map(Interruption::cause).contains("SIGINT received");

        RunStop finished = new RunStop();
        finished.finish();
        assertThat(finished.request(Interruption.byOperator("SIGTERM received"))).isFalse();
        assertThat(finished.interruption()).isEmpty();
    }
}
