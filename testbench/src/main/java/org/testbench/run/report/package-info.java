/**
 * From an archived run to its results and report: the bridge between the run archive and the
 * {@code reports} module, used by the run itself and by {@code testbench report} alike.
 */
package org.testbench.run.report;
