/**
 * Offline analysis: characteristics from data measured outside testbench, such as a laser
 * tracker's CSV export. The export's layout is described once ({@link
 * org.testbench.run.offline.TrackerCsvFormat}); the analysis writes a folder like a run's, with the
 * same results.json and report, and says what the data did not allow to compute.
 */
package org.testbench.run.offline;
