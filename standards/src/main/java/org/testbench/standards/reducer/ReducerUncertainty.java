package org.testbench.standards.reducer;

import java.util.ArrayList;
import java.util.List;
import org.testbench.standards.StatedUncertainty;
import org.testbench.standards.Uncertainty;
import org.testbench.standards.UncertaintyComponent;

/**
 * The measurement uncertainty of the reducer characteristics that are read from one or two
 * calibrated instruments, GUM-style. Every instrument contributes its certificate's u = U / k
 * (type B, {@link StatedUncertainty}); the budgets, with the result's unit on the left:
 *
 * <pre>
 *   lost motion, hysteresis loss (arcmin) = difference of two output twists on the same encoder
 *       u² = 2 (60 u_enc)²                 u_enc in deg, 60 arcmin per deg
 *   transmission accuracy (arcmin) = peak-to-peak of θ_out - θ_in / i: at each of the two extremes
 *       one reading of each encoder
 *       u² = 2 · 60² (u_out² + (u_in / i)²)
 *   starting torque, back-driving torque (Nm) = one torque reading at the onset of motion
 *       u² = u_flange²
 *   no-load running torque (Nm) = the mean of n torque readings over a steady window
 *       u² = u_flange² + s²/n              s their standard deviation (type A); the flange's error
 *                                          is taken as systematic over the window, so not divided by n
 *   temperature rise (degC) = housing minus ambient, two thermometer readings
 *       u² = u_housing² + u_ambient²
 *   efficiency (%) = 100 T_out n_out / (T_in n_in i), relative to the two torque readings
 *       u² = η² ((u_out / T_out)² + (u_in / T_in)²)
 * </pre>
 *
 * <p>Inputs left out, and why: the torque's uncertainty moves the points ±t where lost motion is
 * read by u_T / K1 in twist, below 0.001 arcmin for the torque flanges of reducer benches (u_T of a
 * few mNm, K1 of some Nm/arcmin), against 0.02 arcmin from an encoder of 1 arcsec; speeds in the
 * efficiency come from encoders whose error over a whole revolution is below 10⁻⁵ relative; and two
 * thermometers of one calibration are taken as uncorrelated, which overstates the uncertainty of
 * their difference. Each omission errs on the side of a larger or equal uncertainty, or is below a
 * thousandth of the budget.
 */
public final class ReducerUncertainty {

    private static final double ARCMIN_PER_DEG = 60;

    private ReducerUncertainty() {
    }

    /**
     * @param encoder the output encoder's stated uncertainty, in deg or arcmin
     * @return the uncertainty of a twist difference (lost motion, hysteresis loss), arcmin
     * @throws IllegalArgumentException when the encoder's uncertainty is not an angle
     */
    public static Uncertainty twistDifference(StatedUncertainty encoder) {
        // Two readings with the same error distribution: one line with sensitivity sqrt(2) x the unit change.
        return Uncertainty.of(List.of(encoder.component(Math.sqrt(2) * arcminPer(encoder))));
    }

    /**
     * @param outputEncoder the output encoder's stated uncertainty, an angle
     * @param inputEncoder  the input encoder's, an angle
     * @param ratio         the reduction ratio i, > 0
     * @return the uncertainty of the transmission accuracy (peak-to-peak transmission error), arcmin
     * @throws IllegalArgumentException when an encoder's uncertainty is not an angle
     */
    public static Uncertainty transmissionError(StatedUncertainty outputEncoder, StatedUncertainty inputEncoder,
                                                double ratio) {
        return Uncertainty.of(List.of(outputEncoder.component(Math.sqrt(2) * arcminPer(outputEncoder)),
                inputEncoder.component(-Math.sqrt(2) * arcminPer(inputEncoder) / ratio)));
    }

    private static double arcminPer(StatedUncertainty encoder) {
        return switch (encoder.unit()) {
            case "deg" -> ARCMIN_PER_DEG;
            case "arcmin" -> 1;
            case "arcsec" -> 1.0 / 60;
            default -> throw new IllegalArgumentException("an encoder's uncertainty must be an angle (deg, arcmin,"
                    + " arcsec), it is in '" + encoder.unit() + "' (" + encoder.instrument() + ")");
        };
    }

    /**
     * @param flange the torque flange's stated uncertainty, Nm
     * @return the uncertainty of one torque reading (starting, back-driving torque), Nm
     * @throws IllegalArgumentException when the flange's uncertainty is not in Nm
     */
    public static Uncertainty torqueReading(StatedUncertainty flange) {
        requireUnit(flange, "Nm");
        return Uncertainty.of(List.of(flange.component(1)));
    }

    /**
     * @param flange  the torque flange's stated uncertainty, Nm
     * @param running the no-load running torque: its mean, standard deviation and sample count
     * @return the uncertainty of the mean torque, Nm
     * @throws IllegalArgumentException when the flange's uncertainty is not in Nm
     */
    public static Uncertainty meanTorque(StatedUncertainty flange, NoLoadRunningTorque running) {
        requireUnit(flange, "Nm");
        List<UncertaintyComponent> budget = new ArrayList<>();
        if (running.samples() >= 2 && Double.isFinite(running.stdDevNm())) {
            budget.add(new UncertaintyComponent("scatter of the torque over the window", UncertaintyComponent.Type.A,
                    "s / sqrt(n), n = " + running.samples(), running.stdDevNm() / Math.sqrt(running.samples()), "Nm", 1));
        }
        budget.add(flange.component(1));
        return Uncertainty.of(budget);
    }

    /**
     * @param housing the housing thermometer's stated uncertainty, degC or K
     * @param ambient the ambient thermometer's; the same instrument as {@code housing} when one device
     *                reads both
     * @return the uncertainty of their difference, degC
     */
    public static Uncertainty temperatureDifference(StatedUncertainty housing, StatedUncertainty ambient) {
        requireTemperature(housing);
        requireTemperature(ambient);
        return Uncertainty.of(List.of(housing.component(1), ambient.component(-1)));
    }

    /**
     * @param efficiencyPercent the efficiency η, %
     * @param inputTorqueNm     the input torque it was computed from, Nm, not 0
     * @param outputTorqueNm    the output torque, Nm, not 0
     * @param inputFlange       the input torque flange's stated uncertainty, Nm
     * @param outputFlange      the output torque flange's, Nm
     * @return the uncertainty of η, %
     */
    public static Uncertainty efficiency(double efficiencyPercent, double inputTorqueNm, double outputTorqueNm,
                                         StatedUncertainty inputFlange, StatedUncertainty outputFlange) {
        requireUnit(inputFlange, "Nm");
        requireUnit(outputFlange, "Nm");
        if (inputTorqueNm == 0 || outputTorqueNm == 0) {
            throw new IllegalArgumentException("an efficiency's uncertainty needs both torques non-zero");
        }
        List<UncertaintyComponent> budget = new ArrayList<>();
        // ∂η/∂T_out = η / T_out and ∂η/∂T_in = -η / T_in.
        budget.add(outputFlange.component(efficiencyPercent / outputTorqueNm));
        budget.add(inputFlange.component(-efficiencyPercent / inputTorqueNm));
        return Uncertainty.of(budget);
    }

    private static void requireUnit(StatedUncertainty stated, String unit) {
        if (!stated.unit().equals(unit)) {
            throw new IllegalArgumentException("the uncertainty of " + stated.instrument() + " must be stated in " + unit
                    + ", it is in '" + stated.unit() + "'");
        }
    }

    private static void requireTemperature(StatedUncertainty stated) {
        if (!stated.unit().equals("degC") && !stated.unit().equals("K")) {
            throw new IllegalArgumentException("the uncertainty of " + stated.instrument() + " must be a temperature"
                    + " (degC or K), it is in '" + stated.unit() + "'");
        }
    }
}
