package org.testbench.standards.iso9283;

import java.util.ArrayList;
import java.util.List;
import org.testbench.standards.geometry.Pose;

/**
 * Regroups the attained points of path runs, recorded run by run, into the per-point sets that
 * path accuracy and repeatability (ISO 9283 clause 8) take their statistics over.
 */
final class PathPoints {

    private PathPoints() {
    }

    /**
     * @param characteristic the characteristic being computed, for messages
     * @param minRuns        the fewest runs it can be computed from
     * @param items          what is counted and why that many, for messages, e.g. "runs (sample standard deviation)"
     * @param commanded      the commanded path points, at least one
     * @param runs           per run, its attained points in the order of {@code commanded}
     * @return per commanded point i, the attained points x_i1 .. x_in of the runs
     * @throws IllegalArgumentException when there are too few runs or points, or a run has the wrong length
     */
    static List<List<Pose>> byPoint(String characteristic, int minRuns, String items,
            List<Pose> commanded, List<List<Pose>> runs) {
        int m = SampleStatistics.requireAtLeast(characteristic, 1, "commanded path point", commanded);
        int n = SampleStatistics.requireAtLeast(characteristic, minRuns, items, runs);
        List<List<Pose>> byPoint = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            byPoint.add(new ArrayList<>(n));
        }
        for (int j = 0; j < n; j++) {
            List<Pose> run = runs.get(j);
            if (run == null || run.size() != m) {
                throw new IllegalArgumentException(characteristic + ": run " + (j + 1) + " has "
                        + (run == null ? 0 : run.size()) + " attained points, expected one per commanded point (" + m + ")");
            }
            for (int i = 0; i < m; i++) {
                byPoint.get(i).add(run.get(i));
            }
        }
        return byPoint;
    }
}
