/**
 * Figures as data: what an analysis wants plotted beside its results (a {@link
 * org.testbench.standards.figure.Figure} of {@link org.testbench.standards.figure.Series}), with
 * axes and units, but no colours, sizes or file formats. Keeping plots as data here lets an
 * analysis decide what supports its numbers while the reports module alone decides how it looks,
 * and lets a regenerated report draw exactly the same figures from the same archive.
 */
package org.testbench.standards.figure;
