package org.testbench.standards.figure;

import java.util.List;
import java.util.Objects;

/**
 * The data of one plot an analysis wants in the report: a hysteresis loop with its fitted stiffness
 * segments, a transmission error curve or its spectrum, an efficiency map, a lifetime trend. It is
 * only data, so the analysis that computed the characteristic also says what to show, and a
 * renderer (PNG for HTML, vector for PDF) draws every figure the same way.
 *
 * @param id      a name unique within one report, used for file and anchor names, e.g. "hysteresis-loop"
 * @param title   the plot's title
 * @param x       the horizontal axis
 * @param y       the vertical axis
 * @param series  what is drawn, in drawing order (the first is drawn first, under the others)
 * @param caption one sentence under the plot saying what it shows and how it was obtained; may be empty
 */
public record Figure(String id, String title, Axis x, Axis y, List<Series> series, String caption) {

    /** Checks every field is present and that there is something to draw. */
    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        series = List.copyOf(Objects.requireNonNull(series, "series"));
        Objects.requireNonNull(caption, "caption");
        if (series.isEmpty()) {
            throw new IllegalArgumentException("figure " + id + " has no series");
        }
    }

    /**
     * One axis.
     *
     * @param label what the axis shows, e.g. "output torque"
     * @param unit  its unit, e.g. "Nm"; empty for a pure number
     */
    public record Axis(String label, String unit) {

        /** Checks both fields are present. */
        public Axis {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(unit, "unit");
        }
    }
}
