/**
 * Steps, the building blocks of procedures, and the extension point for new ones: a
 * {@link org.testbench.procedures.step.StepType} found through {@link java.util.ServiceLoader}
 * parses a step's arguments into a {@link org.testbench.procedures.step.Step}, which runs against
 * a {@link org.testbench.procedures.step.StepContext} (values in scope, the rig's
 * {@link org.testbench.procedures.step.RigDevices} and clock, the listeners).
 *
 * <p>Arguments are checked when the file is parsed: literals and {@code $references}
 * ({@link org.testbench.procedures.step.Argument}), quantities and expressions
 * ({@link org.testbench.procedures.step.NumberArguments}), signals, values for them and conditions
 * on them ({@link org.testbench.procedures.step.SignalArguments}); what only a run's rig and DUT
 * can settle is registered with the {@link org.testbench.procedures.step.StepParser} and checked
 * before anything connects.
 */
package org.testbench.procedures.step;
