package org.testbench.standards.iso9283;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Minimum positioning time (ISO 9283 clause 9): for each step distance from P1, the shortest time
 * to move that far and stabilize (as {@link StabilizationCycle} defines it), as the mean of the
 * cycles ({@link Iso9283#CYCLES_SETTLING} in the standard).
 *
 * <p>The step distances are whatever the procedure ran; {@link Iso9283#MINIMUM_POSITIONING_STEPS_MM}
 * holds the standard's list as the project reads it (check).
 *
 * @param meanTimeSByStepMm the mean positioning time, s, keyed by step distance, mm, ascending
 */
public record MinimumPositioningTime(SortedMap<Double, Double> meanTimeSByStepMm) {

    /**
     * Keeps an unmodifiable sorted copy.
     *
     * @param meanTimeSByStepMm the mean positioning time, s, by step distance, mm
     */
    public MinimumPositioningTime {
        meanTimeSByStepMm = Collections.unmodifiableSortedMap(new TreeMap<>(meanTimeSByStepMm));
    }

    /**
     * @param cycleTimesSByStepMm per step distance (mm, &gt; 0), the measured move-and-stabilize
     *                            times of its cycles, s, at least one each
     * @return the mean time per step
     * @throws IllegalArgumentException when no step is given, a step is not positive, or a step has no
     *                                  cycles or a time that is negative or not finite
     */
    public static MinimumPositioningTime of(Map<Double, List<Double>> cycleTimesSByStepMm) {
        if (cycleTimesSByStepMm == null || cycleTimesSByStepMm.isEmpty()) {
            throw new IllegalArgumentException("minimum positioning time needs at least 1 step distance, got 0");
        }
        SortedMap<Double, Double> means = new TreeMap<>();
        for (Map.Entry<Double, List<Double>> step : cycleTimesSByStepMm.entrySet()) {
            Double distance = step.getKey();
            if (distance == null || !Double.isFinite(distance) || distance <= 0) {
                throw new IllegalArgumentException("minimum positioning time: step distance must be finite and > 0 mm,"
                        + " was " + distance);
            }
            String what = "minimum positioning time of the " + distance + " mm step";
            int n = SampleStatistics.requireAtLeast(what, 1, "cycle", step.getValue());
            double[] times = new double[n];
            for (int j = 0; j < n; j++) {
                Double t = step.getValue().get(j);
                if (t == null || !Double.isFinite(t) || t < 0) {
                    throw new IllegalArgumentException(what + ": cycle " + (j + 1) + " time must be finite and >= 0 s,"
                            + " was " + t);
                }
                times[j] = t;
            }
            means.put(distance, SampleStatistics.mean(times));
        }
        return new MinimumPositioningTime(means);
    }

    /**
     * @param stepMm a step distance that was measured, mm
     * @return its mean positioning time, s
     * @throws IllegalArgumentException naming the measured steps when {@code stepMm} is none of them
     */
    public double meanTimeS(double stepMm) {
        Double time = meanTimeSByStepMm.get(stepMm);
        if (time == null) {
            throw new IllegalArgumentException("no minimum positioning time for a " + stepMm + " mm step, measured steps "
                    + meanTimeSByStepMm.keySet());
        }
        return time;
    }
}
