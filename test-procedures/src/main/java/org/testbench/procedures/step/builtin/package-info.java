/**
 * The step types shipped with testbench: leaves that act on the rig (move, set-speed,
 * measure-pose, stop-robot, dwell) and loops that run nested steps (repeat, for-each-pose).
 */
package org.testbench.procedures.step.builtin;
