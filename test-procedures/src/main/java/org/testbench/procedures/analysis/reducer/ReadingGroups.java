package org.testbench.procedures.analysis.reducer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.testbench.procedures.analysis.AnalysisInput;
import org.testbench.procedures.analysis.Reading;
import org.testbench.rigs.SignalName;

/**
 * A series' readings as reducer analyses use them: grouped by the point of the procedure they
 * were taken at (their loop variables), averaged, or as arrays per signal, with a time axis
 * from the rig's clock signal when the procedure recorded one.
 */
final class ReadingGroups {

    private ReadingGroups() {
    }

    /**
     * @param input  the run's samples
     * @param series the series
     * @return its readings, in recording order
     * @throws IllegalArgumentException when the run recorded none in it
     */
    static List<Reading> of(AnalysisInput input, String series) {
        List<Reading> readings = input.readings(series);
        if (readings.isEmpty()) {
            throw new IllegalArgumentException("series '" + series + "' has no readings: the procedure recorded none"
                    + " in it");
        }
        return readings;
    }

    /**
     * @param readings readings in recording order
     * @return them grouped by their loop variables, groups in order of first appearance
     */
    static Map<Map<String, String>, List<Reading>> byContext(List<Reading> readings) {
        Map<Map<String, String>, List<Reading>> groups = new LinkedHashMap<>();
        readings.forEach(r -> groups.computeIfAbsent(r.context(), c -> new ArrayList<>()).add(r));
        return groups;
    }

    /**
     * @param readings readings
     * @param signal   a signal each holds
     * @return its values, in base units
     * @throws IllegalArgumentException when a reading lacks it or holds it bad
     */
    static double[] values(List<Reading> readings, SignalName signal) {
        double[] values = new double[readings.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = readings.get(i).value(signal);
        }
        return values;
    }

    /**
     * @param readings readings
     * @param signal   a signal each holds
     * @return the mean of its values
     */
    static double mean(List<Reading> readings, SignalName signal) {
        double sum = 0;
        for (Reading r : readings) {
            sum += r.value(signal);
        }
        return sum / readings.size();
    }

    /**
     * @param readings readings
     * @param clock    the rig's clock signal recorded with them, or null to use the samples' timestamps
     * @return each reading's time in seconds, from the clock, else from the first sample's timestamp
     */
    static double[] times(List<Reading> readings, SignalName clock) {
        if (clock != null) {
            return values(readings, clock);
        }
        double[] times = new double[readings.size()];
        Instant origin = null;
        for (int i = 0; i < times.length; i++) {
            Instant t = readings.get(i).samples().values().iterator().next().time();
            origin = origin == null ? t : origin;
            times[i] = Duration.between(origin, t).toNanos() / 1e9;
        }
        return times;
    }

    /**
     * Readings taken at one instant of the rig's clock are one reading: a bench publishes its
     * measurements at a rate, and reading faster than that (a fast simulated clock, a long
     * poll) repeats the same values, which a search for sustained motion must not count as time.
     *
     * @param readings readings in recording order
     * @param clock    the rig's clock signal recorded with them, or null
     * @return the readings whose clock reading is later than every one before; all of them without a clock
     */
    static List<Reading> distinctTimes(List<Reading> readings, SignalName clock) {
        if (clock == null) {
            return readings;
        }
        List<Reading> kept = new ArrayList<>();
        double last = Double.NEGATIVE_INFINITY;
        for (Reading r : readings) {
            double t = r.value(clock);
            if (t > last) {
                kept.add(r);
                last = t;
            }
        }
        return kept;
    }

    /**
     * @param context  a reading's loop variables
     * @param variable the one asked for
     * @param series   the series, for messages
     * @return its value
     * @throws IllegalArgumentException when the readings are not tagged with it
     */
    static double number(Map<String, String> context, String variable, String series) {
        String text = context.get(variable);
        if (text == null) {
            throw new IllegalArgumentException("readings of series '" + series + "' are not tagged with loop variable '"
                    + variable + "' (their tags: " + context + ")");
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("loop variable '" + variable + "' of series '" + series
                    + "' is not a number: '" + text + "'");
        }
    }
}
