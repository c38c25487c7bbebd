/**
 * The run lifecycle: inputs checked before anything connects ({@link org.testbench.run.RunInputs}),
 * then archive, connect, supervise the safety limits, execute, analyse, report
 * ({@link org.testbench.run.TestRun}), with every event fanned out to listeners named for the
 * lifecycle (archive, InfluxDB, console progress). A run stopped early, by the operator or by a
 * safety trip, is stopped through its {@link org.testbench.run.RunStop}, so teardown always runs.
 */
package org.testbench.run;
