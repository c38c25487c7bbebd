package org.testbench.rigs.safety;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.testbench.rigs.DeviceDefinition;
import org.testbench.rigs.DeviceType;
import org.testbench.rigs.Limits;
import org.testbench.rigs.RigDefinition;
import org.testbench.rigs.Sample;
import org.testbench.rigs.SignalDefinition;
import org.testbench.rigs.Unit;
import org.testbench.rigs.Workspace;

/**
 * One check the supervisor makes: a signal's value against limits in a unit, at a period.
 *
 * @param device the device the signal belongs to
 * @param signal the signal
 * @param limits the range its value must stay in, in {@code unit}
 * @param unit   the unit of the limits; samples arrive in the signal's own unit and are converted
 * @param period how often the signal is sampled for this check
 * @param source where the limit comes from, for the trip record: "limits" or "workspace of robot NAME"
 */
public record SafetyLimit(String device, SignalDefinition signal, Limits limits, Unit unit, Duration period,
                          String source) {

    private static final List<String> POSITION = List.of("x", "y", "z");

    /**
     * Every check a rig file asks for: each signal's own limits, and each supervised robot
     * workspace as per-axis limits on the x, y and z every pose tracker measures.
     *
     * @param rig a validated rig
     * @return the checks, in file order; empty when the rig declares no limits
     */
    public static List<SafetyLimit> of(RigDefinition rig) {
        List<SafetyLimit> checks = new ArrayList<>();
        for (DeviceDefinition device : rig.devices().values()) {
            for (SignalDefinition signal : device.signals().values()) {
                if (signal.limits() != null) {
                    checks.add(new SafetyLimit(device.name(), signal, signal.limits(), signal.unit(), signal.period(),
                            "limits"));
                }
            }
        }
        for (DeviceDefinition robot : rig.devicesOfType(DeviceType.ROBOT)) {
            Workspace box = robot.workspace();
            if (box == null || box.period() == null) {
                continue;
            }
            double[] min = {box.min().x(), box.min().y(), box.min().z()};
            double[] max = {box.max().x(), box.max().y(), box.max().z()};
            for (DeviceDefinition tracker : rig.devicesOfType(DeviceType.POSE_TRACKER)) {
                for (int axis = 0; axis < POSITION.size(); axis++) {
                    checks.add(new SafetyLimit(tracker.name(), tracker.signal(POSITION.get(axis)),
                            new Limits(min[axis], max[axis]), Unit.MM, box.period(),
                            "workspace of robot " + robot.name()));
                }
            }
        }
        return checks;
    }

    /**
     * @param sample   a sample of this check's signal, valued in the signal's unit
     * @param detected when the sample reached the supervisor
     * @return the trip when the sample is not a good value within the limits
     */
    public Optional<SafetyTrip> check(Sample sample, Instant detected) {
        double value = sample.good() ? unit.fromBase(signal.unit().toBase(sample.value())) : Double.NaN;
        if (limits.contains(value)) {
            return Optional.empty();
        }
        return Optional.of(new SafetyTrip(device, signal.name(), signal.address(), Double.isNaN(value) ? null : value,
                unit.symbol(), limits.minimum(), limits.maximum(), source, sample.time(), detected));
    }
}
