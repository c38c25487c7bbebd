/**
 * Precision reducers for robots, harmonic and RV (GB/T 30819, GB/T 35089 test methods,
 * GB/T 37718, GB/T 40731): the characteristics the bench measures, each computed from plain
 * recorded arrays in the units catalogues state them in: angles in arcmin, torque in Nm,
 * stiffness in Nm/arcmin, efficiency in %, temperature in degC, life in h.
 *
 * <p>Hysteresis test (input locked, output loaded 0 -> +T_R -> 0 -> -T_R -> 0): a
 * {@link org.testbench.standards.reducer.HysteresisCurve} splits the record into its two sweeps
 * and four {@link org.testbench.standards.reducer.Branch branches} by the torque sequence alone,
 * in one pass; {@link org.testbench.standards.reducer.HysteresisLoss},
 * {@link org.testbench.standards.reducer.LostMotion}, {@link org.testbench.standards.reducer.TorsionalStiffness}
 * (K1..K3 with the catalogue's break torques) and {@link org.testbench.standards.reducer.TorsionalRigidity}
 * (RV "b/a") read the curve.
 *
 * <p>Running tests: {@link org.testbench.standards.reducer.TransmissionError} over one output
 * revolution with its {@link org.testbench.standards.reducer.ErrorSpectrum};
 * {@link org.testbench.standards.reducer.StartingTorque}, {@link org.testbench.standards.reducer.BackDrivingTorque}
 * and {@link org.testbench.standards.reducer.NoLoadRunningTorque};
 * {@link org.testbench.standards.reducer.Efficiency} and its
 * {@link org.testbench.standards.reducer.EfficiencyMap}; {@link org.testbench.standards.reducer.TemperatureRise}.
 * Life ratings of catalogue practice: {@link org.testbench.standards.reducer.HarmonicLife} and
 * {@link org.testbench.standards.reducer.RvLife} from a {@link org.testbench.standards.reducer.DutyCycle}.
 *
 * <p>The published texts were not at hand. Everything the project had to choose is a named,
 * documented parameter or constant a lab can compare with its copy: the lost-motion torque
 * (3 % or 4 % of rated torque), the span of RV rigidity, the reversal threshold and bin width of
 * the hysteresis split, the motion threshold and hold time of starting torque, the steady-state
 * window and slope of temperature rise, and the clause labels of
 * {@link org.testbench.standards.reducer.Reducers}, marked "(check)". The numeric grade limits
 * are data, in the limit tables of {@link org.testbench.standards.LimitTable}, every value there
 * marked as an example.
 */
package org.testbench.standards.reducer;
