package org.testbench.rigs;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One recorded value of one rig signal: the unit of everything a run keeps.
 *
 * @param time    when the device sampled it (source timestamp where the device gives one)
 * @param device  the rig device it came from, e.g. "tracker"
 * @param signal  the signal's name within the device, e.g. "x"
 * @param value   the value in {@code unit}, after the rig's scale and offset
 * @param unit    the unit, e.g. "mm"
 * @param good    whether the device marked it good
 * @param context where in the procedure it was taken, e.g. {pose=P1, cycle=3}; sorted, may be empty
 */
public record Sample(Instant time, String device, String signal, double value, String unit, boolean good,
                     Map<String, String> context) {

    /** Checks the fields are present and freezes the context. */
    public Sample {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(unit, "unit");
        context = Map.copyOf(context);
    }
}
