/**
 * Executing a procedure and telling listeners about it. Teardown always runs, after a device
 * fault or an interruption too, so the rig is left in its safe state; lifecycle events go to
 * {@link org.testbench.procedures.execution.RunListener}s (archive, InfluxDB, console).
 */
package org.testbench.procedures.execution;
