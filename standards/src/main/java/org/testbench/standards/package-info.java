/**
 * The vocabulary every standard shares: a {@link org.testbench.standards.Result} is one computed
 * characteristic tied to the clause that defines it, judged against a
 * {@link org.testbench.standards.Limit} into a {@link org.testbench.standards.Verdict}.
 *
 * <p>This module is pure maths: it reads no rig, file or socket, so a characteristic computed here
 * from recorded data is the same whether it came from a live run, the run archive or InfluxDB.
 * Each standard lives in its own sub-package (for example {@code iso9283}).
 */
package org.testbench.standards;
