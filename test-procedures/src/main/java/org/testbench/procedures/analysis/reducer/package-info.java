/**
 * Analyses of precision-reducer tests (GB/T 35089 test methods; harmonic reducers GB/T 30819, RV
 * reducers GB/T 37718): each selects its readings by series and by the signals a procedure file
 * names as its arguments, computes its characteristics with {@code org.testbench.standards.reducer},
 * judges them against the DUT's rated values, and supplies the figures that support them.
 *
 * <p>Signals, series and expressions are checked when the procedure file is read, and the
 * signals' quantities against the rig before anything connects, so a hysteresis analysis pointed
 * at a speed instead of a torque is an error with file:line:column, not a wrong number.
 *
 * <p>Readings taken at one point of a procedure (the same loop variables, e.g. one speed of a
 * sweep or one step of an output revolution) belong together: analyses that need a steady value
 * average them ({@link org.testbench.procedures.analysis.reducer.ReadingGroups}), which is how a
 * procedure buys a quieter value by measuring a point several times.
 *
 * <p>Values reach analyses in the bench's base units (deg, Nm, rpm, degC, s); results are in the
 * units catalogues state them in ({@link org.testbench.standards.reducer.Reducers#unit}), and a
 * DUT's rated value is converted to them ({@link org.testbench.procedures.analysis.reducer.RatedLimits}).
 */
package org.testbench.procedures.analysis.reducer;
