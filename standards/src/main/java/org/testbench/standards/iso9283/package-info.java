/**
 * ISO 9283:1998 (GB/T 12642-2013) performance criteria of manipulating industrial robots: the
 * test cube and its poses, and the pose characteristics of clause 7 computed from attained poses.
 *
 * <p>Where the published text was not at hand (STANDARDS.md marks these "check"), the project's
 * reading is a documented parameter or is stated in the type's documentation, so a lab can compare
 * it with its copy of the standard: the corner numbering and pose mapping of
 * {@link org.testbench.standards.iso9283.TestCube}, and the orientation deviations of
 * {@link org.testbench.standards.iso9283.PoseAccuracy}.
 */
package org.testbench.standards.iso9283;
