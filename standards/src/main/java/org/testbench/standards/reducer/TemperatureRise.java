package org.testbench.standards.reducer;

import java.util.Locale;

/**
 * Temperature rise: how far the housing runs above ambient at steady state. Steady state is
 * judged on the last window of the record: the housing temperature's least squares slope over
 * the window must not exceed a threshold. The rise is the mean of housing minus ambient over that
 * window, reported with whether steady state was reached, so a run stopped too early shows as
 * such instead of passing off a temperature still climbing. Window and threshold are parameters
 * of the procedure (the standard's values were not at hand).
 *
 * @param riseDegC          mean housing minus ambient temperature over the window, degC
 * @param slopeDegCPerHour  the housing temperature's slope over the window, degC/h
 * @param steady            true when |slope| &lt;= the threshold
 * @param fromS             the window's first sample time, s
 * @param toS               the window's last sample time, s
 */
public record TemperatureRise(double riseDegC, double slopeDegCPerHour, boolean steady, double fromS, double toS) {

    /**
     * @param timeS                   sample times, ascending, s
     * @param housingDegC             housing temperature per sample, degC
     * @param ambientDegC             ambient temperature per sample, degC
     * @param windowS                 the length of the window, > 0, s
     * @param steadySlopeDegCPerHour  the largest slope that counts as steady, degC/h
     * @return the temperature rise over the record's last window
     * @throws IllegalArgumentException when the record is shorter than the window or malformed
     */
    public static TemperatureRise of(double[] timeS, double[] housingDegC, double[] ambientDegC, double windowS,
                                     double steadySlopeDegCPerHour) {
        int n = timeS.length;
        if (housingDegC.length != n || ambientDegC.length != n) {
            throw new IllegalArgumentException("temperature rise: " + n + " times, " + housingDegC.length
                    + " housing and " + ambientDegC.length + " ambient temperatures");
        }
        if (!(windowS > 0) || !(steadySlopeDegCPerHour >= 0)) {
            throw new IllegalArgumentException("temperature rise: needs a window > 0 and a slope threshold >= 0, got "
                    + windowS + " s and " + steadySlopeDegCPerHour + " degC/h");
        }
        if (n < 2 || timeS[n - 1] - timeS[0] < windowS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "temperature rise: the record lasts %.4g s,"
                    + " shorter than the %.4g s window", n < 2 ? 0 : timeS[n - 1] - timeS[0], windowS));
        }
        int from = n - 1;
        while (from > 0 && timeS[from - 1] >= timeS[n - 1] - windowS) {
            from--;
        }
        int count = n - from;
        if (count < 2 || !(timeS[n - 1] > timeS[from])) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "temperature rise: the last %.4g s hold %d"
                    + " sample(s) at distinct times; a slope needs two", windowS, count));
        }
        double meanT = 0;
        double meanH = 0;
        double meanRise = 0;
        for (int i = from; i < n; i++) {
            if (!Double.isFinite(timeS[i]) || !Double.isFinite(housingDegC[i]) || !Double.isFinite(ambientDegC[i])) {
                throw new IllegalArgumentException("temperature rise: sample " + i + " is not a finite number");
            }
            meanT += timeS[i];
            meanH += housingDegC[i];
            meanRise += housingDegC[i] - ambientDegC[i];
        }
        meanT /= count;
        meanH /= count;
        meanRise /= count;
        double stt = 0;
        double sth = 0;
        for (int i = from; i < n; i++) {
            double dt = timeS[i] - meanT;
            stt += dt * dt;
            sth += dt * (housingDegC[i] - meanH);
        }
        double slope = sth / stt * 3600;
        return new TemperatureRise(meanRise, slope, Math.abs(slope) <= steadySlopeDegCPerHour, timeS[from],
                timeS[n - 1]);
    }
}
