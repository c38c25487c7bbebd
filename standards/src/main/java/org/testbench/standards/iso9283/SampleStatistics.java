package org.testbench.standards.iso9283;

import java.util.Collection;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.testbench.standards.geometry.Vector3;

/**
 * The few statistics ISO 9283 builds its characteristics from, written once so that RP, RD, RT
 * and RV share one sample standard deviation and vAP and exchangeability one barycentre spread.
 */
final class SampleStatistics {

    private SampleStatistics() {
    }

    /**
     * @param items  the items, e.g. the cycles of a test
     * @param getter the value of one item
     * @param <T>    the item type
     * @return the items' values, in order
     */
    static <T> double[] values(List<T> items, ToDoubleFunction<T> getter) {
        return items.stream().mapToDouble(getter).toArray();
    }

    /**
     * @param values the values, at least one
     * @return their arithmetic mean
     */
    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /**
     * Two-pass, so a large offset (positions near 1000 mm, spread in µm) costs no precision.
     *
     * @param values the values, at least two
     * @param mean   their mean
     * @return the sample standard deviation sqrt(Σ(v - mean)² / (n - 1))
     */
    static double sampleStdDev(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            double d = v - mean;
            sum += d * d;
        }
        return Math.sqrt(sum / (values.length - 1));
    }

    /**
     * The "± 3 S" spread that every ISO 9283 repeatability reports, as a magnitude.
     *
     * @param values the values, at least two
     * @return 3 sqrt(Σ(v - v̄)² / (n - 1))
     */
    static double threeSigma(double[] values) {
        return 3 * sampleStdDev(values, mean(values));
    }

    /**
     * @param values the values, at least one
     * @return max - min, which equals the largest |v_h - v_k| over all pairs
     */
    static double range(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min;
    }

    /**
     * @param points the points, at least one
     * @return the largest distance between any two of them (0 for a single point)
     */
    static double largestDistance(List<Vector3> points) {
        double largest = 0;
        for (int h = 0; h < points.size(); h++) {
            for (int k = h + 1; k < points.size(); k++) {
                largest = Math.max(largest, points.get(h).distanceTo(points.get(k)));
            }
        }
        return largest;
    }

    /**
     * Rejects too little data with a message that says what was short, so an analysis step can
     * pass it on unchanged.
     *
     * @param characteristic the characteristic being computed, e.g. "distance repeatability"
     * @param needed         the smallest count it can be computed from
     * @param items          what is counted, plural, with the reason, e.g. "cycles (sample standard deviation)"
     * @param data           the data, may be null
     * @return the number of items
     * @throws IllegalArgumentException naming the characteristic, the minimum and the count
     */
    static int requireAtLeast(String characteristic, int needed, String items, Collection<?> data) {
        int n = data == null ? 0 : data.size();
        if (n < needed) {
            throw new IllegalArgumentException(characteristic + " needs at least " + needed + " " + items + ", got " + n);
        }
        return n;
    }
}
