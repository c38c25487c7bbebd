/**
 * Procedures: YAML files that say what to run, tied to clauses of a standard.
 *
 * <p>A {@link org.testbench.procedures.Procedure} declares parameters (overridable with
 * {@code -p name=value}), named poses (from an ISO 9283 test cube), setup, main and teardown
 * steps, and the analyses that turn the recorded samples into results.
 * {@link org.testbench.procedures.ProcedureFile} checks a file completely, references, step types,
 * quantities and analyses included; {@link org.testbench.procedures.Procedure#check} then checks
 * it against a run's rig, DUT and parameter values, all before a rig is connected.
 */
package org.testbench.procedures;
