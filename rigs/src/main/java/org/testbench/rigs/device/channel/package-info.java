/**
 * Device types implemented over a {@link org.testbench.protocols.Channel}, using the signal map
 * of the rig file to turn roles (target-x, move-done, ...) into protocol addresses and raw values
 * into millimetres and degrees.
 */
package org.testbench.rigs.device.channel;
