package org.testbench.standards.figure;

import java.util.List;
import java.util.Objects;

/**
 * The data of one plot an analysis wants in the report: a hysteresis loop with its fitted stiffness
 * segments, a transmission error curve or its spectrum, an efficiency map, a lifetime trend, the
 * attained positions of a pose. It is only data, so the analysis that computed the characteristic
 * also says what to show, and a renderer (PNG for HTML, vector for PDF) draws every figure the same way.
 *
 * @param id        a name unique within one report, used for file and anchor names, e.g. "hysteresis-loop"
 * @param title     the plot's title
 * @param x         the horizontal axis
 * @param y         the vertical axis
 * @param series    what is drawn, in drawing order (the first is drawn first, under the others)
 * @param caption   one sentence under the plot saying what it shows and how it was obtained; may be empty
 * @param sameScale whether a unit on x is drawn as long as a unit on y, as a picture of positions in a
 *                  plane must be (a circle stays a circle); both axes then have the same unit
 */
public record Figure(String id, String title, Axis x, Axis y, List<Series> series, String caption,
                     boolean sameScale) {

    /** Checks every field is present, that there is something to draw, and that same-scale axes share a unit. */
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
        if (sameScale && !x.unit().equals(y.unit())) {
            throw new IllegalArgumentException("figure " + id + " draws its axes to the same scale, but x is in "
                    + x.unit() + " and y in " + y.unit());
        }
    }

    /**
     * A figure whose axes are scaled independently to fit the page, as most plots are.
     *
     * @param id      a name unique within one report
     * @param title   the plot's title
     * @param x       the horizontal axis
     * @param y       the vertical axis
     * @param series  what is drawn, in drawing order
     * @param caption one sentence under the plot; may be empty
     */
    public Figure(String id, String title, Axis x, Axis y, List<Series> series, String caption) {
        this(id, title, x, y, series, caption, false);
    }

    /**
     * One axis.
     *
     * @param label what the axis shows, e.g. "output torque"
     * @param unit  its unit, e.g. "Nm"; empty for a pure number
     * @param range the span the axis shows, or null to fit the data; a fixed span lets several
     *              figures be compared at a glance (every pose's scatter on one scale)
     */
    public record Axis(String label, String unit, Range range) {

        /** Checks the label and unit are present. */
        public Axis {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(unit, "unit");
        }

        /**
         * An axis fitted to the data.
         *
         * @param label what the axis shows
         * @param unit  its unit; empty for a pure number
         */
        public Axis(String label, String unit) {
            this(label, unit, null);
        }
    }

    /**
     * A span of an axis.
     *
     * @param from the lower end
     * @param to   the upper end, above {@code from}
     */
    public record Range(double from, double to) {

        /** Checks both ends are finite and in order. */
        public Range {
            if (!Double.isFinite(from) || !Double.isFinite(to) || !(from < to)) {
                throw new IllegalArgumentException("an axis range needs finite ends with from < to, not " + from
                        + " .. " + to);
            }
        }
    }
}
