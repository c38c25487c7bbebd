/**
 * Rigs: what a test bench is made of, read from a YAML rig file.
 *
 * <p>A {@link org.testbench.rigs.RigDefinition} lists devices, each of a
 * {@link org.testbench.rigs.DeviceType} that fixes which signals it must map, with the address,
 * unit and scaling of each. {@link org.testbench.rigs.RigFile} validates a file completely
 * before anything connects; {@link org.testbench.rigs.Rig} then opens one protocol channel per
 * device and hands procedures the devices as plain types (robot, pose tracker, generic signals)
 * and the rig's clock, never as protocol objects. Every recorded value becomes a
 * {@link org.testbench.rigs.Sample}. A {@link org.testbench.rigs.Dut} carries the rated values
 * results are judged against and the properties (ratio, rated torque) procedures compute with.
 * Signals may carry safety {@link org.testbench.rigs.Limits} and the rate they are checked at,
 * which {@link org.testbench.rigs.safety} watches while a run executes.
 */
package org.testbench.rigs;
