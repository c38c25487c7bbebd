package org.testbench.procedures.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.testbench.rigs.Sample;
import org.testbench.rigs.SignalName;

/**
 * One reading of a series: the samples a {@code measure} or {@code ramp} step read together, by
 * signal, with the loop variables in force (e.g. {speed=1000}). Analyses pair a torque with a twist
 * through the reading they share.
 *
 * @param number  the reading's number within its series, from 1
 * @param context the loop variables (and pose) in force, without the series and reading tags
 * @param samples the samples by signal, in the order read
 */
public record Reading(long number, Map<String, String> context, Map<SignalName, Sample> samples) {

    /** Freezes the maps. */
    public Reading {
        context = java.util.Collections.unmodifiableMap(new TreeMap<>(context));
        samples = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(samples));
    }

    /**
     * @param signal a signal the reading holds
     * @return its value in the sample's unit
     * @throws IllegalArgumentException when the reading lacks the signal or the device marked it bad
     */
    public double value(SignalName signal) {
        Sample s = samples.get(signal);
        if (s == null) {
            throw new IllegalArgumentException("reading " + number + " has no " + signal + " (it has "
                    + samples.keySet() + ")");
        }
        if (!s.good()) {
            throw new IllegalArgumentException("reading " + number + " has a bad " + signal);
        }
        return s.value();
    }

    /**
     * Groups the samples tagged with a series by their reading number, in recording order.
     *
     * @param samples a run's samples
     * @param series  the series
     * @return its readings; empty when nothing was recorded in it
     * @throws IllegalArgumentException when a reading holds one signal twice, or its number is not a number
     */
    public static List<Reading> of(List<Sample> samples, String series) {
        Map<Long, Map<SignalName, Sample>> bySample = new LinkedHashMap<>();
        Map<Long, Map<String, String>> contexts = new LinkedHashMap<>();
        for (Sample s : samples) {
            if (!series.equals(s.context().get("series"))) {
                continue;
            }
            long n;
            try {
                n = Long.parseLong(s.context().getOrDefault("reading", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a sample of series " + series + " has no reading number: " + s);
            }
            SignalName name = new SignalName(s.device(), s.signal());
            if (bySample.computeIfAbsent(n, k -> new LinkedHashMap<>()).putIfAbsent(name, s) != null) {
                throw new IllegalArgumentException("reading " + n + " of series " + series + " holds " + name + " twice");
            }
            Map<String, String> context = new TreeMap<>(s.context());
            context.remove("series");
            context.remove("reading");
            contexts.putIfAbsent(n, context);
        }
        List<Reading> readings = new ArrayList<>();
        bySample.forEach((n, values) -> readings.add(new Reading(n, contexts.get(n), values)));
        return readings;
    }
}
