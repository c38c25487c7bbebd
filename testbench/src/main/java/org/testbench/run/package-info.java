/**
 * The run lifecycle: inputs checked before anything connects ({@link org.testbench.run.RunInputs}),
 * then archive, connect, execute, analyse, report ({@link org.testbench.run.TestRun}), with every
 * event fanned out to listeners named for the lifecycle (archive, InfluxDB, console progress).
 */
package org.testbench.run;
