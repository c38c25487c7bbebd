package org.testbench.rigs.sim.reducer;

/**
 * The reducer's friction seen at the input shaft: a breakaway (starting) torque, a running
 * torque with a Coulomb and a viscous part, all eased by warmth and raised by wear.
 *
 * <p>Warm lubricant drags less: every friction torque is multiplied by
 * {@code f(θ) = max(minimumFactor, 1 - temperatureCoefficient * (θ - referenceTemperature))},
 * θ the housing temperature. A linear law (rather than an exponential one) keeps the steady
 * temperature rise a closed form. Wear adds {@code growth * N / 1e6} to the starting and the
 * running torque, N the output revolutions run so far.
 *
 * @param startingTorqueNm              the smallest input torque that starts an unloaded
 *                                      reducer, at the reference temperature, Nm
 * @param runningTorqueNm               the Coulomb part of the no-load running torque, Nm; at
 *                                      most the starting torque
 * @param viscousNmPerRpm               the speed-proportional part, Nm per input rpm
 * @param referenceTemperatureC         the housing temperature the values above hold at, degC
 * @param temperatureCoefficientPerK    how much friction falls per kelvin of warming, 1/K
 * @param minimumFactor                 the floor of the temperature factor, in (0, 1]
 * @param growthNmPerMillionRevolutions wear: added starting and running torque per million
 *                                      output revolutions, Nm
 */
public record Friction(double startingTorqueNm, double runningTorqueNm, double viscousNmPerRpm,
        double referenceTemperatureC, double temperatureCoefficientPerK, double minimumFactor,
        double growthNmPerMillionRevolutions) {

    /** Checks every value, naming the params-file field. */
    public Friction {
        ParamCheck.positive("friction.starting-torque", startingTorqueNm);
        ParamCheck.nonNegative("friction.running-torque", runningTorqueNm);
        if (runningTorqueNm > startingTorqueNm) {
            throw new IllegalArgumentException("friction.running-torque must not exceed friction.starting-torque ("
                    + startingTorqueNm + " Nm), got " + runningTorqueNm);
        }
        ParamCheck.positive("friction.viscous", viscousNmPerRpm);
        ParamCheck.finite("friction.reference-temperature", referenceTemperatureC);
        ParamCheck.nonNegative("friction.temperature-coefficient", temperatureCoefficientPerK);
        ParamCheck.fraction("friction.minimum-factor", minimumFactor);
        ParamCheck.nonNegative("friction.growth", growthNmPerMillionRevolutions);
    }

    /**
     * @param temperatureC the housing temperature, degC
     * @return the factor every friction torque is multiplied by at that temperature
     */
    public double factor(double temperatureC) {
        return Math.max(minimumFactor, 1 - temperatureCoefficientPerK * (temperatureC - referenceTemperatureC));
    }

    /**
     * @param outputRevolutions output revolutions run so far
     * @return the friction torque wear has added, Nm at the input
     */
    public double wearNm(double outputRevolutions) {
        return growthNmPerMillionRevolutions * outputRevolutions / 1e6;
    }

    /**
     * @param temperatureC      the housing temperature, degC
     * @param outputRevolutions output revolutions run so far
     * @return the input torque a resting, unloaded reducer needs to start turning, Nm
     */
    public double breakawayNm(double temperatureC, double outputRevolutions) {
        return startingTorqueNm * factor(temperatureC) + wearNm(outputRevolutions);
    }

    /**
     * @param inputRpm          the input speed, either sign
     * @param temperatureC      the housing temperature, degC
     * @param outputRevolutions output revolutions run so far
     * @return the magnitude of the no-load running torque at the input, Nm
     */
    public double noLoadNm(double inputRpm, double temperatureC, double outputRevolutions) {
        return (runningTorqueNm + viscousNmPerRpm * Math.abs(inputRpm)) * factor(temperatureC)
                + wearNm(outputRevolutions);
    }
}
