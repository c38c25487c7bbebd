package org.testbench.procedures.analysis.reducer;

import java.util.List;
import org.testbench.procedures.analysis.Reading;
import org.testbench.procedures.step.NumberArguments;
import org.testbench.rigs.SignalName;
import org.testbench.standards.reducer.NoLoadRunningTorque;

/**
 * The no-load running torque of one group of readings, taken at one set speed after it settled:
 * the whole group is the steady window (the procedure decides when it measures), so its span
 * is the window however sparse the readings are on a fast simulated clock.
 */
final class NoLoadPoint {

    /** How far a reading's speed may stray from the set speed and still count as steady, %. */
    static final double DEFAULT_TOLERANCE_PERCENT = 2;

    private NoLoadPoint() {
    }

    /**
     * @param readings         the readings at one set speed, in recording order; those repeating an
     *                         instant of the rig's clock count once
     * @param torque           the input torque signal
     * @param speed            the input speed signal
     * @param time             the rig's clock signal recorded with them, or null
     * @param setSpeedRpm      the set speed
     * @param tolerancePercent how far a steady speed may stray, % of the set speed
     * @return the mean torque over the group
     * @throws IllegalArgumentException when a reading runs off the set speed, or the group has one reading
     */
    static NoLoadRunningTorque of(List<Reading> readings, SignalName torque, SignalName speed, SignalName time,
                                  double setSpeedRpm, double tolerancePercent) {
        List<Reading> group = ReadingGroups.distinctTimes(readings, time);
        if (group.size() < 2) {
            throw new IllegalArgumentException("no-load running torque at " + NumberArguments.plain(setSpeedRpm)
                    + " rpm needs two"
                    + " readings at least, found " + group.size());
        }
        double[] t = ReadingGroups.times(group, time);
        return NoLoadRunningTorque.of(t, ReadingGroups.values(group, torque), ReadingGroups.values(group, speed),
                setSpeedRpm, tolerancePercent, t[t.length - 1] - t[0]);
    }
}
