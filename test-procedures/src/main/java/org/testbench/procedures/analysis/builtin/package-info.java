/**
 * The analyses shipped with this module: ISO 9283 clause 7.2 pose accuracy and pose
 * repeatability. Analyses of other standards (precision reducers) plug in through the same
 * {@link org.testbench.procedures.analysis.AnalysisType} service from their own modules.
 */
package org.testbench.procedures.analysis.builtin;
