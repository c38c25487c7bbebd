/**
 * The {@code testbench} command line (picocli): demo, run, report, verify, analyze, rig, sim, procedures.
 *
 * <p>Commands only read flags, load and check input files, and hand over to
 * {@link org.testbench.run}; they turn outcomes into the documented exit codes
 * ({@link org.testbench.cli.ExitCode}). Standard output carries results (tables or {@code --json});
 * progress and logs go to standard error.
 */
package org.testbench.cli;
