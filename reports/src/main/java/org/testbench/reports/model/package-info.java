/**
 * What a report says, as plain immutable records: the run, the device under test, the rig and its
 * instruments with their calibration, the procedure with its hashes and parameters, the test
 * conditions, the judged results and the figures that support them (as data: {@link
 * org.testbench.standards.figure.Figure}, drawn by the renderers).
 *
 * <p>The model holds no formatting and no I/O, so the same {@link org.testbench.reports.model.ReportData}
 * built from a run archive or from InfluxDB renders to the same report byte for byte.
 */
package org.testbench.reports.model;
