package org.testbench.rigs.sim.reducer;

/**
 * The housing as one thermal mass: {@code C dθ/dt = P - (θ - θ_ambient) / R}, heated by the
 * power the reducer loses and cooled to ambient through a thermal resistance.
 *
 * @param ambientC        the ambient temperature, and the housing's at start-up, degC
 * @param resistanceKPerW housing-to-ambient thermal resistance, K/W
 * @param capacitanceJPerK the housing's heat capacity, J/K
 */
public record HousingThermal(double ambientC, double resistanceKPerW, double capacitanceJPerK) {

    /** Checks every value, naming the params-file field. */
    public HousingThermal {
        ParamCheck.finite("thermal.ambient", ambientC);
        ParamCheck.positive("thermal.resistance", resistanceKPerW);
        ParamCheck.positive("thermal.capacitance", capacitanceJPerK);
    }

    /** @return the time constant R C, seconds */
    public double timeConstantS() {
        return resistanceKPerW * capacitanceJPerK;
    }

    /**
     * The exact solution for a constant loss over the step, so any step length is stable.
     *
     * @param temperatureC the housing temperature at the start of the step, degC
     * @param lossW        the power lost in the reducer during the step, W
     * @param seconds      the step length, simulated seconds
     * @return the housing temperature at the end of the step, degC
     */
    public double after(double temperatureC, double lossW, double seconds) {
        double steady = ambientC + resistanceKPerW * lossW;
        return steady + (temperatureC - steady) * Math.exp(-seconds / timeConstantS());
    }
}
