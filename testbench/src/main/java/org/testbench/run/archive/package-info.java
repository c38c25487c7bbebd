/**
 * The run archive, {@code runs/<run-id>/}: the store every run writes, whatever else is configured.
 * Files a person can open (JSON, CSV, YAML copies of the inputs), written so that a crash loses at
 * most a second of samples, and read back by {@link org.testbench.run.archive.ArchivedRun} to
 * recompute results and reports.
 */
package org.testbench.run.archive;
