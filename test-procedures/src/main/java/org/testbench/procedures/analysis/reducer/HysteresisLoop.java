package org.testbench.procedures.analysis.reducer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.figure.Series;
import org.testbench.standards.reducer.HysteresisCurve;
import org.testbench.standards.reducer.HysteresisLoss;
import org.testbench.standards.reducer.LostMotion;
import org.testbench.standards.reducer.TorsionalStiffness;

/**
 * One recorded hysteresis loop (input locked, output loaded 0 -> +T_R -> 0 -> -T_R -> 0) and what
 * it gives: hysteresis loss, lost motion at ±t, and K1, K2, K3 with the catalogue's break torques.
 *
 * <p>K1..K3 are fitted to the loading branches where |T| >= t only. Between -t and +t the
 * reducer takes up its tooth play, so the branch is steeper there than any stiffness (the reason
 * lost motion is specified at ±t at all); fitting K1 from zero torque would put the play into it.
 *
 * @param torqueNm    output torque per reading, Nm
 * @param twistArcmin output twist per reading, arcmin
 * @param curve       the loop split into its sweeps
 * @param loss        hysteresis loss
 * @param lostMotion  lost motion at ±t
 * @param stiffness   K1, K2, K3
 */
record HysteresisLoop(double[] torqueNm, double[] twistArcmin, HysteresisCurve curve, HysteresisLoss loss,
                      LostMotion lostMotion, TorsionalStiffness stiffness) {

    /** Points per segment of the drawn fit: its ends suffice, the fit being straight in each. */
    private static final int FIT_POINTS = 4;

    /**
     * @param torqueNm      output torque per reading, Nm, in recording order
     * @param outputDeg     output angle per reading, deg
     * @param lostMotionNm  t, Nm
     * @param t1Nm          the catalogue's break torque T1, Nm
     * @param t2Nm          the catalogue's break torque T2, Nm
     * @return the loop's characteristics
     * @throws IllegalArgumentException when the readings are no complete loop, or do not reach beyond T2
     */
    static HysteresisLoop of(double[] torqueNm, double[] outputDeg, double lostMotionNm, double t1Nm, double t2Nm) {
        double[] twist = new double[outputDeg.length];
        for (int i = 0; i < twist.length; i++) {
            twist[i] = (outputDeg[i] - outputDeg[0]) * 60;
        }
        HysteresisCurve curve = HysteresisCurve.of(torqueNm, twist);
        HysteresisLoss loss = HysteresisLoss.of(curve);
        LostMotion lostMotion = LostMotion.atTorque(curve, lostMotionNm);
        TorsionalStiffness stiffness = TorsionalStiffness.fit(beyondPlay(torqueNm, twist, lostMotionNm), t1Nm, t2Nm);
        return new HysteresisLoop(torqueNm, twist, curve, loss, lostMotion, stiffness);
    }

    private static HysteresisCurve beyondPlay(double[] torque, double[] twist, double t) {
        int n = 0;
        for (double v : torque) {
            n += Math.abs(v) >= t ? 1 : 0;
        }
        double[] outerTorque = new double[n];
        double[] outerTwist = new double[n];
        int k = 0;
        for (int i = 0; i < torque.length; i++) {
            if (Math.abs(torque[i]) >= t) {
                outerTorque[k] = torque[i];
                outerTwist[k++] = twist[i];
            }
        }
        return HysteresisCurve.of(outerTorque, outerTwist);
    }

    /** @return the subject its results are reported under, e.g. "loop ±50.0 Nm" */
    String subject() {
        return String.format(Locale.ROOT, "loop ±%.3g Nm", curve.peakTorqueNm());
    }

    /** @return the subject of its lost motion, which also says the torque t it was taken at */
    String lostMotionSubject() {
        return subject() + String.format(Locale.ROOT, ", at ±%.3g Nm", lostMotion.torqueNm());
    }

    /**
     * @param id      the figure's id
     * @param caption its caption
     * @return the loop as measured (points) with the fitted three-segment stiffness of both loading
     *     branches beyond ±t (lines), twist centred on the loop's middle at zero torque
     */
    Figure figure(String id, String caption) {
        double centre = (loss.twistUnloadedFromPositiveArcmin() + loss.twistUnloadedFromNegativeArcmin()) / 2;
        double[] twist = new double[twistArcmin.length];
        for (int i = 0; i < twist.length; i++) {
            twist[i] = twistArcmin[i] - centre;
        }
        List<Series> series = new ArrayList<>();
        series.add(new Series("measured", Series.Style.POINTS, torqueNm, twist));
        series.add(fit(1, stiffness.zeroTwistPositiveArcmin() - centre, "K1..K3 fit, loading to +T"));
        series.add(fit(-1, stiffness.zeroTwistNegativeArcmin() - centre, "K1..K3 fit, loading to -T"));
        return new Figure(id, "Hysteresis loop", new Figure.Axis("output torque", "Nm"),
                new Figure.Axis("output twist", "arcmin"), series, caption);
    }

    private Series fit(int sign, double zeroTwist, String name) {
        double[] knots = {lostMotion.torqueNm(), stiffness.t1Nm(), stiffness.t2Nm(), curve.peakTorqueNm()};
        double[] x = new double[FIT_POINTS];
        double[] y = new double[FIT_POINTS];
        for (int i = 0; i < FIT_POINTS; i++) {
            double a = Math.max(knots[0], Math.min(knots[i], knots[3]));
            x[i] = sign * a;
            y[i] = zeroTwist + sign * elasticTwist(a);
        }
        return new Series(name, Series.Style.LINE, x, y);
    }

    /** θ(|T|) of the three-segment model, arcmin, from the branch's own zero. */
    private double elasticTwist(double a) {
        double t1 = stiffness.t1Nm();
        double t2 = stiffness.t2Nm();
        return Math.min(a, t1) / stiffness.k1NmPerArcmin()
                + Math.max(0, Math.min(a, t2) - t1) / stiffness.k2NmPerArcmin()
                + Math.max(0, a - t2) / stiffness.k3NmPerArcmin();
    }
}
