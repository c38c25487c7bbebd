/**
 * The step types shipped with testbench: leaves that act on a robot (move, set-speed,
 * measure-pose, stop-robot), leaves that act on generic devices' signals (set, measure, ramp,
 * wait-until), leaves that mark time or progress (dwell, checkpoint), and loops that run nested
 * steps (repeat, for-each, for-each-pose).
 */
package org.testbench.procedures.step.builtin;
