package org.testbench.standards.iso9283;

import java.util.List;
import org.testbench.standards.StatedUncertainty;
import org.testbench.standards.Uncertainty;
import org.testbench.standards.UncertaintyComponent;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;

/**
 * The measurement uncertainty of the position characteristics of ISO 9283 clause 7.2 (APp, APx,
 * APy, APz, RPl) for one pose measured n times by a pose tracker whose calibration states a
 * length uncertainty u<sub>t</sub> per coordinate. Two kinds of input:
 *
 * <ul>
 *   <li>type A, the scatter of the n attained positions: s<sub>j</sub>, the experimental standard
 *       deviation of coordinate j (n - 1 in the denominator), gives the barycentre's coordinate
 *       x̄<sub>j</sub> the standard uncertainty s<sub>j</sub> / sqrt(n);</li>
 *   <li>type B, the tracker: u<sub>t</sub> = U / k from its certificate. It is taken as fully
 *       systematic over the n measurements of a pose, so it does not shrink with n; and, as its
 *       random part is already inside the observed scatter, counting it again for RPl
 *       overstates RPl's uncertainty a little. Both choices err on the safe side of a verdict.</li>
 * </ul>
 *
 * <p>The budgets, with x<sub>c</sub> the commanded position:
 * <pre>
 *   APj = x̄j - xcj                u(APj)² = sj²/n + ut²                      (j = x, y, z; c = 1)
 *   APp = sqrt(Σ APj²)            u(APp)² = Σ cj² sj²/n + ut²,  cj = APj/APp  (Σ cj² = 1)
 *   RPl = l̄ + 3 Sl                u(RPl)² = Sl²/n + 9 Sl²/(2(n-1)) + ut²
 * </pre>
 * where u(l̄) = Sl / sqrt(n) and u(Sl) = Sl / sqrt(2(n - 1)) is the standard uncertainty of a
 * standard deviation from n normal values (GUM E.4.3). When APp is 0 the direction of the error is
 * undefined and every cj is taken as 1/sqrt(3).
 *
 * <p>The orientation characteristics take the tracker's angular uncertainty u<sub>θ</sub> (a 6-DoF
 * probe's certificate, in degrees) the same way, with s<sub>k</sub> = RPk / 3 the standard
 * deviation of the attained angle about axis k:
 * <pre>
 *   APk = mean deviation of angle k    u(APk)² = sk²/n + uθ²                       (k = a, b, c)
 *   RPk = 3 sk                         u(RPk)² = (3 sk)²/(2(n-1)) + uθ²
 * </pre>
 */
public final class PoseUncertainty {

    private PoseUncertainty() {
    }

    /**
     * @param symbol   {@link Iso9283#AP_P}, {@link Iso9283#AP_X}, {@link Iso9283#AP_Y} or {@link Iso9283#AP_Z}
     * @param accuracy the pose's accuracy
     * @param attained the attained poses it was computed from, at least 2
     * @param tracker  the tracker's stated uncertainty, in mm
     * @return the uncertainty of that characteristic, mm
     * @throws IllegalArgumentException for another symbol, fewer than 2 poses or a tracker not in mm
     */
    public static Uncertainty accuracy(String symbol, PoseAccuracy accuracy, List<Pose> attained,
                                       StatedUncertainty tracker) {
        requireMm(tracker);
        Vector3 s = standardDeviations(attained);
        int n = attained.size();
        double typeA = switch (symbol) {
            case Iso9283.AP_X -> s.x() / Math.sqrt(n);
            case Iso9283.AP_Y -> s.y() / Math.sqrt(n);
            case Iso9283.AP_Z -> s.z() / Math.sqrt(n);
            case Iso9283.AP_P -> {
                double[] c = accuracy.apP() > 0
                        ? new double[] {accuracy.apX() / accuracy.apP(), accuracy.apY() / accuracy.apP(),
                            accuracy.apZ() / accuracy.apP()}
                        : new double[] {1 / Math.sqrt(3), 1 / Math.sqrt(3), 1 / Math.sqrt(3)};
                yield Math.sqrt((c[0] * c[0] * s.x() * s.x() + c[1] * c[1] * s.y() * s.y() + c[2] * c[2] * s.z() * s.z())
                        / n);
            }
            default -> throw new IllegalArgumentException("no position accuracy characteristic: '" + symbol + "'");
        };
        return Uncertainty.of(List.of(
                new UncertaintyComponent("barycentre, scatter of the attained positions", UncertaintyComponent.Type.A,
                        (symbol.equals(Iso9283.AP_P) ? "sqrt(Σ cj² sj² / n)" : "s / sqrt(n)") + ", n = " + n,
                        typeA, "mm", 1),
                tracker.component(1)));
    }

    /**
     * @param repeatability the pose's repeatability
     * @param tracker       the tracker's stated uncertainty, in mm
     * @return the uncertainty of RPl, mm
     * @throws IllegalArgumentException for fewer than 2 poses or a tracker not in mm
     */
    public static Uncertainty repeatability(PoseRepeatability repeatability, StatedUncertainty tracker) {
        requireMm(tracker);
        int n = repeatability.n();
        if (n < 2) {
            throw new IllegalArgumentException("the uncertainty of RPl needs at least 2 attained poses, got " + n);
        }
        double sl = repeatability.distanceStdDev();
        return Uncertainty.of(List.of(
                new UncertaintyComponent("mean distance l̄ to the barycentre", UncertaintyComponent.Type.A,
                        "Sl / sqrt(n), n = " + n, sl / Math.sqrt(n), "mm", 1),
                new UncertaintyComponent("standard deviation Sl of the distances", UncertaintyComponent.Type.A,
                        "Sl / sqrt(2(n - 1)), n = " + n, sl / Math.sqrt(2.0 * (n - 1)), "mm", 3),
                tracker.component(1)));
    }

    /**
     * @param symbol        {@link Iso9283#AP_A}, {@link Iso9283#AP_B} or {@link Iso9283#AP_C}
     * @param repeatability the pose's repeatability, whose RPa/b/c give the angles' scatter
     * @param probe         the tracker's stated angular uncertainty, in deg
     * @return the uncertainty of that characteristic, deg
     * @throws IllegalArgumentException for another symbol or a probe not in deg
     */
    public static Uncertainty orientationAccuracy(String symbol, PoseRepeatability repeatability,
                                                  StatedUncertainty probe) {
        String spread = switch (symbol) {
            case Iso9283.AP_A -> Iso9283.RP_A;
            case Iso9283.AP_B -> Iso9283.RP_B;
            case Iso9283.AP_C -> Iso9283.RP_C;
            default -> throw new IllegalArgumentException("no orientation accuracy characteristic: '" + symbol + "'");
        };
        requireDeg(probe);
        int n = repeatability.n();
        double s = repeatability.value(spread) / 3;
        return Uncertainty.of(List.of(
                new UncertaintyComponent("mean attained angle, scatter", UncertaintyComponent.Type.A,
                        "s / sqrt(n), s = " + spread + " / 3, n = " + n, s / Math.sqrt(n), "deg", 1),
                probe.component(1)));
    }

    /**
     * @param symbol        {@link Iso9283#RP_A}, {@link Iso9283#RP_B} or {@link Iso9283#RP_C}
     * @param repeatability the pose's repeatability
     * @param probe         the tracker's stated angular uncertainty, in deg
     * @return the uncertainty of that characteristic, deg
     * @throws IllegalArgumentException for another symbol, fewer than 2 poses or a probe not in deg
     */
    public static Uncertainty orientationRepeatability(String symbol, PoseRepeatability repeatability,
                                                       StatedUncertainty probe) {
        if (!symbol.equals(Iso9283.RP_A) && !symbol.equals(Iso9283.RP_B) && !symbol.equals(Iso9283.RP_C)) {
            throw new IllegalArgumentException("no orientation repeatability characteristic: '" + symbol + "'");
        }
        requireDeg(probe);
        int n = repeatability.n();
        double rp = repeatability.value(symbol);
        return Uncertainty.of(List.of(
                new UncertaintyComponent("standard deviation of the attained angle", UncertaintyComponent.Type.A,
                        "3 s / sqrt(2(n - 1)), n = " + n, rp / Math.sqrt(2.0 * (n - 1)), "deg", 1),
                probe.component(1)));
    }

    private static void requireDeg(StatedUncertainty probe) {
        if (!probe.unit().equals("deg")) {
            throw new IllegalArgumentException("the tracker's angular uncertainty must be stated in deg, it is in '"
                    + probe.unit() + "' (" + probe.instrument() + ")");
        }
    }

    private static Vector3 standardDeviations(List<Pose> attained) {
        int n = attained.size();
        if (n < 2) {
            throw new IllegalArgumentException("a type A uncertainty needs at least 2 attained poses, got " + n);
        }
        Vector3 mean = Vector3.ZERO;
        for (Pose p : attained) {
            mean = mean.plus(p.position());
        }
        mean = mean.times(1.0 / n);
        double sx = 0;
        double sy = 0;
        double sz = 0;
        for (Pose p : attained) {
            Vector3 d = p.position().minus(mean);
            sx += d.x() * d.x();
            sy += d.y() * d.y();
            sz += d.z() * d.z();
        }
        return new Vector3(Math.sqrt(sx / (n - 1)), Math.sqrt(sy / (n - 1)), Math.sqrt(sz / (n - 1)));
    }

    private static void requireMm(StatedUncertainty tracker) {
        if (!tracker.unit().equals("mm")) {
            throw new IllegalArgumentException("the tracker's uncertainty must be stated in mm, it is in '"
                    + tracker.unit() + "' (" + tracker.instrument() + ")");
        }
    }
}
