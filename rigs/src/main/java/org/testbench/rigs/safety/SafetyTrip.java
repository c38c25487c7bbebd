package org.testbench.rigs.safety;

import java.time.Instant;
import org.testbench.rigs.Limits;

/**
 * A violated safety limit: which signal, what it read, what it had to stay within, and when.
 * Recorded in the run's {@code run.json}.
 *
 * @param device   the device the signal belongs to
 * @param signal   the signal's name
 * @param address  its protocol address
 * @param value    the value read, in {@code unit}; null when the device sent no valid number
 * @param unit     the unit of the value and the limits
 * @param minimum  the lower limit, or null when there is none
 * @param maximum  the upper limit, or null when there is none
 * @param limit    where the limit comes from: "limits" of the signal, or "workspace of robot NAME"
 * @param sampled  when the device sampled the value (its source timestamp)
 * @param detected when the supervisor saw it
 */
public record SafetyTrip(String device, String signal, String address, Double value, String unit, Double minimum,
                         Double maximum, String limit, Instant sampled, Instant detected) {

    /** @return e.g. "tracker.x = 1102.5 mm, above the maximum 1100 mm (limits), sampled 2026-11-22T08:00:01.2Z" */
    public String describe() {
        String reading;
        if (value == null) {
            reading = " has no valid value (the device marked it bad or sent no number), needed "
                    + new Limits(minimum, maximum).describe(unit);
        } else if (maximum != null && value > maximum) {
            reading = " = " + quantity(value) + ", above the maximum " + quantity(maximum);
        } else {
            reading = " = " + quantity(value) + ", below the minimum " + quantity(minimum);
        }
        return device + "." + signal + reading + " (" + limit + "), sampled " + sampled;
    }

    private String quantity(double number) {
        return Limits.number(number) + " " + unit;
    }
}
