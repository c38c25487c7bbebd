/**
 * Devices as procedures see them: a {@link org.testbench.rigs.device.Robot} that moves and stops,
 * a {@link org.testbench.rigs.device.PoseTracker} that measures. Plain types, in the way OpenTAP
 * models instruments and DUTs, so a procedure never depends on how a device is reached.
 */
package org.testbench.rigs.device;
