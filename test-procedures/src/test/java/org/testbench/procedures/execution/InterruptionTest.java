package org.testbench.procedures.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.testbench.rigs.safety.SafetyTrip;

class InterruptionTest {

    private static final Instant SAMPLED = Instant.parse("2026-11-22T08:00:01.200Z");
    private static final Instant DETECTED = Instant.parse("2026-11-22T08:00:01.203Z");

    @Test
    void aSafetyTripIsDescribedByItsLimitAndTimedWhenItWasSeen() {
        SafetyTrip trip = new SafetyTrip("tracker", "x", "ns=2;s=Tracker/X", 1102.5, "mm", 700.0, 1100.0, "limits",
                SAMPLED, DETECTED);
        Interruption interruption = Interruption.safetyTrip(trip);
        assertThat(interruption.state()).isEqualTo(RunState.SAFETY_TRIP);
        assertThat(interruption.time()).isEqualTo(DETECTED);
        assertThat(interruption.cause()).isEqualTo("safety trip: tracker.x = 1102.5 mm, above the maximum 1100 mm"
                + " (limits), sampled 2026-11-22T08:00:01.200Z");
    }

    @Test
    void onlyASafetyTripNamesALimitAndOnlyStopsAreInterruptions() {
        SafetyTrip trip = new SafetyTrip("drive", "torque", "input:0:int16", null, "Nm", null, 60.0, "limits",
                SAMPLED, DETECTED);
        assertThat(trip.describe()).isEqualTo("drive.torque has no valid value (the device marked it bad or sent no"
                + " number), needed at most 60 Nm (limits), sampled 2026-11-22T08:00:01.200Z");
        assertThatThrownBy(() -> new Interruption(RunState.INTERRUPTED, "SIGTERM received", DETECTED, trip))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Interruption(RunState.SAFETY_TRIP, "trip", DETECTED, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Interruption(RunState.RIG_FAULT, "fault", DETECTED, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Interruption.byOperator("SIGINT received").trip()).isNull();
    }
}
