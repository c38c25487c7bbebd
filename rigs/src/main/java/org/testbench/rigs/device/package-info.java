/**
 * Devices as procedures see them: a {@link org.testbench.rigs.device.Robot} that moves and stops,
 * a {@link org.testbench.rigs.device.PoseTracker} that measures, and for every other device
 * {@link org.testbench.rigs.device.DeviceSignals}: named signals read and written in engineering
 * units. Plain types, in the way OpenTAP models instruments and DUTs, so a procedure never depends
 * on how a device is reached. Steps wait on a {@link org.testbench.rigs.device.RigClock}: wall time,
 * or a clock signal of the rig, so a simulator that runs faster than real time is waited on in its
 * own time.
 */
package org.testbench.rigs.device;
