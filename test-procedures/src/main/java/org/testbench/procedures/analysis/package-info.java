/**
 * From recorded samples to results: attained poses are rebuilt from the samples a run archived,
 * grouped by commanded pose, and passed to the characteristics of {@code standards}. Runs and
 * regenerated reports both compute here, from the same samples, so their results are identical.
 */
package org.testbench.procedures.analysis;
