package org.testbench.standards.iso9283;

import java.util.List;
import java.util.Objects;

/**
 * Pose stabilization time (ISO 9283 clause 7.5) and pose overshoot (clause 7.6) over the cycles of
 * the test ({@link Iso9283#CYCLES_SETTLING} in the standard): the stabilization time is the mean of
 * the cycles, the overshoot their {@link CycleAggregate}, by default the largest.
 *
 * @param cycles             the number of cycles
 * @param stabilizationTimeS the mean stabilization time, s
 * @param overshootMm        the aggregated overshoot, mm
 * @param overshootAggregate how the cycles' overshoots were combined
 */
public record PoseStabilization(int cycles, double stabilizationTimeS, double overshootMm,
                                CycleAggregate overshootAggregate) {

    /**
     * Combines cycles, reporting the largest overshoot.
     *
     * @param cycles the cycles, at least one
     * @return the stabilization time and overshoot
     */
    public static PoseStabilization of(List<StabilizationCycle> cycles) {
        return of(cycles, CycleAggregate.MAX);
    }

    /**
     * @param cycles             the cycles, at least one
     * @param overshootAggregate how to combine the cycles' overshoots
     * @return the stabilization time and overshoot
     * @throws IllegalArgumentException when there are no cycles
     */
    public static PoseStabilization of(List<StabilizationCycle> cycles, CycleAggregate overshootAggregate) {
        Objects.requireNonNull(overshootAggregate, "overshootAggregate");
        int n = SampleStatistics.requireAtLeast("pose stabilization time and overshoot", 1, "cycle", cycles);
        return new PoseStabilization(n,
                SampleStatistics.mean(SampleStatistics.values(cycles, StabilizationCycle::stabilizationTimeS)),
                overshootAggregate.of(SampleStatistics.values(cycles, StabilizationCycle::overshootMm)),
                overshootAggregate);
    }
}
