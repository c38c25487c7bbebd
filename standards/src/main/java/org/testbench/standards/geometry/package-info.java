/**
 * Positions and orientations in the robot's base frame, in the units ISO 9283 reports: millimetres
 * and degrees, orientation as rotations a, b, c about the base X, Y, Z axes.
 *
 * <p>Orientation errors are computed on rotation matrices and rotation vectors
 * ({@link org.testbench.standards.geometry.Rotation}), never by subtracting Euler angles, which
 * wrap around at ±180° and are ill-defined near gimbal lock.
 */
package org.testbench.standards.geometry;
