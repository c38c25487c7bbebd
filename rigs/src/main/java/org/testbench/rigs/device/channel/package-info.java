/**
 * Device types implemented over a {@link org.testbench.protocols.Channel}, using the signal map
 * of the rig file to turn roles and signal names (target-x, move-done, torque-command, ...) into
 * protocol addresses, and raw values into engineering units by the rig file's scale and offset
 * (and back for writes).
 */
package org.testbench.rigs.device.channel;
