package org.testbench.reports;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.util.Locale;

/**
 * The numbers on a figure's axes: plain digits with a point, whatever the machine's locale ("0.25",
 * never "0,25"), as many decimals as the tick needs, and never "-0", which JFreeChart's tick
 * arithmetic produces for the tick at zero of a range that starts below it.
 */
final class TickFormat extends DecimalFormat {

    /** Below this a tick is zero: the format prints eight decimals, so it would show as "0" or "-0". */
    private static final double ZERO = 5e-9;

    /** Creates the format. */
    TickFormat() {
        super("0.########", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    @Override
    public StringBuffer format(double number, StringBuffer result, FieldPosition position) {
        return super.format(Math.abs(number) < ZERO ? 0.0 : number, result, position);
    }
}
