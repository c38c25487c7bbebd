/**
 * Steps, the building blocks of procedures, and the extension point for new ones: a
 * {@link org.testbench.procedures.step.StepType} found through {@link java.util.ServiceLoader}
 * parses a step's arguments ({@link org.testbench.procedures.step.Argument}: literals or
 * {@code $references} checked at parse time) into a {@link org.testbench.procedures.step.Step},
 * which runs against a {@link org.testbench.procedures.step.StepContext}.
 */
package org.testbench.procedures.step;
