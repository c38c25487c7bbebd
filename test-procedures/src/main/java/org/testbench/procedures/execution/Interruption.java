package org.testbench.procedures.execution;

import java.time.Instant;
import java.util.Objects;
import org.testbench.rigs.safety.SafetyTrip;

/**
 * Why a run was stopped before its steps were done, as its record keeps it.
 *
 * @param state INTERRUPTED (the operator or the operating system asked) or SAFETY_TRIP
 * @param cause what happened, e.g. "SIGTERM received" or the trip described
 * @param time  when the stop was asked for
 * @param trip  the violated limit for a SAFETY_TRIP, else null
 */
public record Interruption(RunState state, String cause, Instant time, SafetyTrip trip) {

    /** Checks the state is one that interrupts, and a trip comes with SAFETY_TRIP only. */
    public Interruption {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(time, "time");
        if (state != RunState.INTERRUPTED && state != RunState.SAFETY_TRIP) {
            throw new IllegalArgumentException("a run is interrupted or trips, it does not end " + state + " early");
        }
        if ((state == RunState.SAFETY_TRIP) != (trip != null)) {
            throw new IllegalArgumentException("a safety trip, and only a safety trip, names the violated limit");
        }
    }

    /**
     * @param cause what asked, e.g. "SIGTERM received"
     * @return an interruption by the operator or the operating system, now
     */
    public static Interruption byOperator(String cause) {
        return new Interruption(RunState.INTERRUPTED, cause, Instant.now(), null);
    }

    /**
     * @param trip the violated limit
     * @return the interruption it causes, at the time the supervisor saw it
     */
    public static Interruption safetyTrip(SafetyTrip trip) {
        return new Interruption(RunState.SAFETY_TRIP, "safety trip: " + trip.describe(), trip.detected(), trip);
    }
}
