/**
 * ISO 9283:1998 (GB/T 12642-2013) performance criteria of manipulating industrial robots: the
 * test cube and its poses, the pose characteristics of clause 7, the path characteristics of
 * clause 8, minimum positioning time (clause 9) and static compliance (clause 10), each computed
 * from plain recorded data: attained poses, sampled trajectories, velocities, times and loads.
 *
 * <p>Characteristics that share a formula share its code: path repeatability is pose
 * repeatability at each path point, path accuracy and vAP are pose accuracy per point or per
 * approach direction, and every "± 3 S" spread is one sample standard deviation. Orientation
 * deviations are rotation vectors of {@code Rc^T * Rj}, as {@link org.testbench.standards.iso9283.PoseAccuracy}
 * explains, never differences of Euler angles.
 *
 * <p>Where the published text was not at hand (STANDARDS.md marks these "check"), the project's
 * reading is a documented parameter or is stated in the type's documentation, so a lab can compare
 * it with its copy of the standard: the corner numbering and pose mapping of
 * {@link org.testbench.standards.iso9283.TestCube}, the sub-clause numbers and some symbols in
 * {@link org.testbench.standards.iso9283.Iso9283}, how cycles of overshoot and corner deviations are
 * combined ({@link org.testbench.standards.iso9283.CycleAggregate}), what "after the corner" means
 * for {@link org.testbench.standards.iso9283.CornerDeviation}, the fit of
 * {@link org.testbench.standards.iso9283.StaticCompliance}, and the step list of the minimum
 * positioning time test.
 *
 * <p>The counts of cycles the standard prescribes ({@link org.testbench.standards.iso9283.Iso9283#CYCLES_POSE}
 * and the like) are for procedures to run; the computations here only refuse data too small to
 * compute from (a sample standard deviation needs two values), so that short known-answer tests
 * stay possible.
 */
package org.testbench.standards.iso9283;
