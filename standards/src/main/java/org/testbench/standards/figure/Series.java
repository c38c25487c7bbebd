package org.testbench.standards.figure;

import java.util.Objects;

/**
 * One set of points of a {@link Figure}, drawn in one style with one legend entry.
 *
 * @param name  the legend entry, e.g. "measured" or "K1..K3 fit"
 * @param style how the points are drawn
 * @param x     the horizontal coordinates
 * @param y     the vertical coordinates, as many as {@code x}
 */
public record Series(String name, Style style, double[] x, double[] y) {

    /** How a series is drawn. */
    public enum Style {
        /** Points joined in order: a curve or a fitted model. */
        LINE,
        /** Unjoined markers: measured samples. */
        POINTS,
        /** Vertical bars from zero: a spectrum or a histogram. */
        BARS
    }

    /** Checks the fields are present and the coordinates pair up; copies the arrays. */
    public Series {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(style, "style");
        x = Objects.requireNonNull(x, "x").clone();
        y = Objects.requireNonNull(y, "y").clone();
        if (x.length != y.length) {
            throw new IllegalArgumentException("series " + name + " has " + x.length + " x and " + y.length + " y values");
        }
    }

    /** @return the horizontal coordinates (a copy) */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** @return the vertical coordinates (a copy) */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** @return how many points */
    public int size() {
        return x.length;
    }
}
