package org.testbench.procedures.analysis.reducer;

/**
 * A least squares straight line y = intercept + slope x: a torque sensor's readings against the
 * set points of a ramp (read at a set point, it averages the sensor's noise over the ramp), or a
 * characteristic's trend over a life test's hours.
 *
 * @param intercept y at x = 0
 * @param slope     dy/dx
 */
record StraightLine(double intercept, double slope) {

    /**
     * @param x     abscissae
     * @param y     ordinates
     * @param count how many of the first points to fit
     * @return the line, or null when fewer than two distinct x leave none to fit
     */
    static StraightLine fit(double[] x, double[] y, int count) {
        if (count < 2) {
            return null;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < count; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= count;
        my /= count;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < count; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        if (sxx == 0) {
            return null;
        }
        double slope = sxy / sxx;
        return new StraightLine(my - slope * mx, slope);
    }

    /**
     * @param x an abscissa
     * @return the line's y there
     */
    double at(double x) {
        return intercept + slope * x;
    }
}
