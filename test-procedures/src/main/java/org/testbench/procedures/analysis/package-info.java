/**
 * From recorded samples to results. An {@link org.testbench.procedures.analysis.AnalysisType},
 * found through {@link java.util.ServiceLoader} like step types, reads an entry of a procedure's
 * {@code analysis:} list into an {@link org.testbench.procedures.analysis.Analysis}, which turns
 * the samples a run archived (with its parameters, commanded poses and DUT) into results; runs and
 * regenerated reports both compute here, from the same samples, so their results are identical.
 * Samples of a series are regrouped into {@link org.testbench.procedures.analysis.Reading}s, ISO
 * 9283 attained poses into {@link org.testbench.procedures.analysis.PoseMeasurement}s.
 */
package org.testbench.procedures.analysis;
