/**
 * The vocabulary every standard shares: a {@link org.testbench.standards.Result} is one computed
 * characteristic tied to the clause that defines it, judged against a
 * {@link org.testbench.standards.Limit} into a {@link org.testbench.standards.Verdict}.
 *
 * <p>This module is pure maths: it reads no rig, file or socket, so a characteristic computed here
 * from recorded data is the same whether it came from a live run, the run archive or InfluxDB.
 * Each standard lives in its own sub-package ({@code iso9283}, {@code reducer}). The only thing
 * it reads is its own resources: the {@link org.testbench.standards.LimitTable limit tables}, one
 * per standard or catalogue class, where a value not taken from a published source is marked as
 * an example, as its {@link org.testbench.standards.Limit} is.
 */
package org.testbench.standards;
